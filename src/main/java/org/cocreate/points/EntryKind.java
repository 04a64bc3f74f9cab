package org.cocreate.points;

/** What a ledger entry does to a balance. */
public enum EntryKind {
    GRANT, DEDUCTION, REDEMPTION, REVERSAL, EXPIRY;

    public String translationKey() {
        return "points.kind." + name();
    }
}
