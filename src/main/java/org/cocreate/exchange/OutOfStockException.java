package org.cocreate.exchange;

/** Fewer left than the basket asks for; nothing was changed. */
public class OutOfStockException extends ExchangeRefusedException {

    public OutOfStockException(String itemName, int left, int wanted) {
        super(null, "exchange.outOfStock", itemName, left, wanted);
    }
}
