package org.cocreate.exchange;

/** Why stock changed. Stock changes only through movements: the stock is the sum of its movements. */
public enum MovementKind {
    /** Goods bought or donated (with the sponsor named). */
    RECEIPT,
    REDEMPTION,
    /** A voided redemption puts the goods back. */
    RETURN,
    /** A count that differed from the books (stocktake, opening or closing count), with the reason. */
    ADJUSTMENT,
    WRITE_OFF;

    public String translationKey() {
        return "exchange.movement." + name();
    }
}
