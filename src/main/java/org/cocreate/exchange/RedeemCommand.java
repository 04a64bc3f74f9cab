package org.cocreate.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resident's basket at a counter. The idempotency key is made when the basket opens: a double tap, a retry
 * or a reload sends the same key and redeems once.
 */
public record RedeemCommand(long sessionId, long residentId, List<BasketLine> lines, String idempotencyKey,
        @Nullable String counterName) {
}
