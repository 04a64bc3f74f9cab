package org.cocreate.exchange;

public enum RedemptionStatus {
    DONE,
    /** Voided the same day: the points were given back and the goods returned to stock. */
    VOIDED;

    public String translationKey() {
        return "exchange.redemptionStatus." + name();
    }
}
