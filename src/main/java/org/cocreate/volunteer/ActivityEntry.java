package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An activity as the screens read it, with its shifts. */
public record ActivityEntry(long id, long communityId, String title, ActivityType type, String place,
        @Nullable Long compoundId, @Nullable Long teamId, @Nullable String description, LocalDateTime startsAt,
        LocalDateTime endsAt, ActivityStatus status, List<ShiftEntry> shifts) {
}
