package org.cocreate.points;

/**
 * Where a grant is on its way to the ledger. A grant above the community's threshold, and every deduction,
 * waits for an admin's approval; an approved grant waits out the public notice period; an objection holds
 * it until an admin decides. Only POSTED grants are in the ledger and spendable.
 */
public enum GrantStatus {
    PENDING_APPROVAL,
    REJECTED,
    NOTICE,
    OBJECTED,
    CANCELLED,
    POSTED,
    /** A deduction that could not post when its time came: the balance was too low. */
    FAILED;

    public String translationKey() {
        return "points.grantStatus." + name();
    }

    /** Still on its way: counts against the caps and may yet post. */
    public boolean isOpen() {
        return this == PENDING_APPROVAL || this == NOTICE || this == OBJECTED;
    }
}
