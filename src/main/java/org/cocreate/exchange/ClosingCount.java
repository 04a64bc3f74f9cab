package org.cocreate.exchange;

import org.jspecify.annotations.Nullable;

/** The count of an item on the table when the day closes; a difference to the books needs a reason. */
public record ClosingCount(long itemId, int counted, @Nullable String reason) {
}
