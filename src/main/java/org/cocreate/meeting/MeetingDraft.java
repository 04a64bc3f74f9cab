package org.cocreate.meeting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A meeting as the form calls it: its type, title, place and time. */
public record MeetingDraft(@Nullable MeetingType type, @Nullable String title, @Nullable String place,
        @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt) {
}
