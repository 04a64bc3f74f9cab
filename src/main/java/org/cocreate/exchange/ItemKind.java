package org.cocreate.exchange;

/** What the counter offers: goods from the shelf, or a service (a haircut, a repair) with a capacity. */
public enum ItemKind {
    GOODS,
    SERVICE;

    public String translationKey() {
        return "exchange.itemKind." + name();
    }
}
