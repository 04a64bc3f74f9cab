package org.cocreate.exchange;

import org.jspecify.annotations.Nullable;

/** A catalogue item as the screens show it, with its stock and whether it runs low. */
public record CatalogueItem(long id, ItemKind kind, String name, String unit, long price,
        @Nullable Integer dailyLimit, int lowStockThreshold, boolean active, int stock, boolean hasPicture) {

    static CatalogueItem of(ExchangeItem item) {
        return new CatalogueItem(item.id(), item.getKind(), item.getName(), item.getUnit(), item.getPrice().value(),
                item.getDailyLimit(), item.getLowStockThreshold(), item.isActive(), item.getStock(),
                item.hasPicture());
    }

    public boolean lowStock() {
        return stock <= lowStockThreshold;
    }
}
