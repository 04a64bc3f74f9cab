package org.cocreate.points;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The same grant to many residents of one community at once (the clean-up team, a building, an
 * organisation): all of them or none. The idempotency key names the batch; retried, it records nothing new.
 */
public record BulkGrantCommand(List<Long> residentIds, long ruleId, int quantity, LocalDate date,
        @Nullable String note, @Nullable String idempotencyKey, @Nullable Photo photo) {

    public static final int MAX_RESIDENTS = 1000;
}
