package org.cocreate.exchange;

/** Fewer left than the basket asks for; nothing was changed. */
public class OutOfStockException extends ExchangeRefusedException {

    /** The unit (袋, 支, 次) is the item's own, so that the message counts as the shelf does. */
    public OutOfStockException(String itemName, int left, int wanted, String unit) {
        super(null, "exchange.outOfStock", itemName, left, wanted, unit);
    }
}
