package org.cocreate.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ledger entry as the services return it. */
public record PostedEntry(long entryId, long residentId, EntryKind kind, long amount, Points balanceAfter,
        int quantity, LocalDate occurredOn, @Nullable Long ruleId, @Nullable Long standardVersionId,
        @Nullable Long reversesEntryId, @Nullable String idempotencyKey) {
}
