package org.cocreate.exchange;

/** How many of an item the resident takes. */
public record BasketLine(long itemId, int quantity) {
}
