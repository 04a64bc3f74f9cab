package org.cocreate.exchange;

import org.cocreate.base.LiveEvent;

/**
 * An item's stock changed (a redemption, a receipt, a count): published by {@link CatalogueService} and
 * delivered by {@link org.cocreate.base.LiveEvents} only once the change is committed, so that open counters
 * (on every node) show what is on the shelf.
 */
public record StockChanged(long communityId, long itemId, int stock) implements LiveEvent {
}
