package org.cocreate.exchange;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the resident gets on screen (and on paper): the items, the points, the balance after. */
public record Receipt(long redemptionId, long sessionId, String place, long residentId, List<ReceiptLine> lines,
        long points, long balanceAfter, RedemptionStatus status, @Nullable String counterName,
        @Nullable String servedBy, LocalDateTime createdAt) {

    /** One line of a receipt. */
    public record ReceiptLine(long itemId, String name, String unit, int quantity, long unitPrice, long points) {
    }
}
