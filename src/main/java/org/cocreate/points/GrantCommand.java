package org.cocreate.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A grant (or a deduction, for a deduction rule) to one resident under a rule of the standard in effect
 * on {@code date}. {@code quantity} is times, or hours for a per-hour rule. A caller that may retry (a
 * roster, a flaky tablet) passes an idempotency key: the same key records once. The photo is optional.
 */
public record GrantCommand(long residentId, long ruleId, int quantity, LocalDate date, @Nullable String note,
        @Nullable String idempotencyKey, @Nullable Photo photo) {

    public GrantCommand(long residentId, long ruleId, int quantity, LocalDate date, @Nullable String note,
            @Nullable String idempotencyKey) {
        this(residentId, ruleId, quantity, date, note, idempotencyKey, null);
    }
}
