package org.cocreate.exchange;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A stock movement as the stock page lists it. */
public record MovementLine(long id, long itemId, MovementKind kind, int quantity, int stockAfter,
        @Nullable String sponsor, @Nullable String reason, @Nullable Long sessionId, @Nullable Long redemptionId,
        @Nullable String createdBy, LocalDateTime createdAt) {

    static MovementLine of(StockMovement m) {
        return new MovementLine(m.id(), m.getItemId(), m.getKind(), m.getQuantity(), m.getStockAfter(),
                m.getSponsor(), m.getReason(), m.getSessionId(), m.getRedemptionId(), m.getCreatedBy(),
                m.getCreatedAt());
    }
}
