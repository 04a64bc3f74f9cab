package org.cocreate.volunteer;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An activity as the form edits it: what, where, when, and the team that organises it. */
public record ActivityDraft(@Nullable String title, @Nullable ActivityType type, @Nullable String place,
        @Nullable Long compoundId, @Nullable Long teamId, @Nullable String description,
        @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt) {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
}
