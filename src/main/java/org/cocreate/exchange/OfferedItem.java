package org.cocreate.exchange;

import org.jspecify.annotations.Nullable;

/**
 * An item to offer at a redemption day: the limit per resident for the day (null: the item's default) and
 * the count on the table when the day opens; a count that differs from the books needs a reason.
 */
public record OfferedItem(long itemId, @Nullable Integer dailyLimit, int openingCount, @Nullable String reason) {
}
