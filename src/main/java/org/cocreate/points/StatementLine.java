package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A line of a resident's statement (积分明细), with the balance after it. */
public record StatementLine(long entryId, LocalDateTime postedAt, LocalDate occurredOn, EntryKind kind, long amount,
        Points balanceAfter, @Nullable String ruleName, @Nullable String note, @Nullable String createdBy,
        @Nullable Long reversesEntryId) {
}
