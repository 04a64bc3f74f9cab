package org.cocreate.exchange;

/** The resident may take no more of the item at this redemption day; nothing was changed. */
public class DailyLimitException extends ExchangeRefusedException {

    public DailyLimitException(String itemName, int limit, int alreadyTaken, String unit) {
        super(null, "exchange.dailyLimit", itemName, limit, alreadyTaken, unit);
    }
}
