package org.cocreate.exchange;

/**
 * The limits of what staff enter at the exchange, named once: the services refuse beyond them
 * ({@link org.cocreate.base.Checks}) and the fields stop typing at them. Texts never exceed their column.
 */
public final class ExchangeLimits {

    /** An item's name (column 100). */
    public static final int ITEM_NAME_MAX = 100;
    /** An item's unit: 袋, 瓶, 次 (column 20). */
    public static final int UNIT_MAX = 20;
    /** An item's price in points. */
    public static final int PRICE_MAX = 100_000;
    /** How many of an item one resident may take in a day. */
    public static final int DAILY_LIMIT_MAX = 1_000;
    /** Goods received or written off at once, and any count of the shelf. */
    public static final int QUANTITY_MAX = 100_000;
    /** Of one item in one basket at the counter. */
    public static final int BASKET_QUANTITY_MAX = 99;
    /** A sponsor's name and a redemption day's place (columns 100). */
    public static final int NAME_MAX = 100;
    /** The name a counter gives itself on the receipt (column 50). */
    public static final int COUNTER_NAME_MAX = 50;
    /** A reason or a note (columns 500). */
    public static final int TEXT_MAX = 500;
    /** A counter's idempotency key (column 80). */
    public static final int KEY_MAX = 80;

    private ExchangeLimits() {
    }
}
