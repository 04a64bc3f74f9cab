package org.cocreate.exchange;

/**
 * An item's stock changed (a redemption, a receipt, a count): published by {@link CatalogueService} and
 * delivered to listeners only once the change is committed, so that open counters show what is on the shelf.
 */
public record StockChanged(long communityId, long itemId, int stock) {
}
