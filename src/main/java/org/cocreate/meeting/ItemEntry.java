package org.cocreate.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An agenda item as the services return it, with its votes counted (as they stand, or as they closed). */
public record ItemEntry(long id, long meetingId, int position, ItemKind kind, @Nullable Long proposalId,
        @Nullable Long standardId, String title, @Nullable String notes, ItemStatus status,
        @Nullable ItemResult result, @Nullable String decision, @Nullable String owner,
        @Nullable LocalDate deadline, Tally tally, @Nullable LocalDateTime openedAt, @Nullable LocalDateTime closedAt) {
}
