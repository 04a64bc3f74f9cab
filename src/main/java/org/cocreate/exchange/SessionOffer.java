package org.cocreate.exchange;

import org.jspecify.annotations.Nullable;

/** An item on offer at a session as a counter shows it: price, stock left, the day's limit. */
public record SessionOffer(long itemId, ItemKind kind, String name, String unit, long price, int stock,
        @Nullable Integer dailyLimit, boolean lowStock, boolean hasPicture, int openingCount,
        @Nullable Integer closingCount) {
}
