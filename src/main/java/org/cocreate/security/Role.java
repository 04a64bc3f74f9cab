package org.cocreate.security;

/** What a user does in the product; see PRODUCT.md "Who uses it". */
public enum Role {
    /** Community or sub-district staff in charge: set-up, users, reports. */
    ADMIN,
    /** Community worker (社工, 网格员): register, proposals, activities, grants. */
    WORKER,
    /** Residents' representative or owners' committee member: agenda, votes, minutes. */
    COMMITTEE,
    /** Staff or volunteer at the exchange counter on redemption day. */
    COUNTER,
    /** Resident supervisor (监督员): reads ledgers and notices, raises objections. */
    SUPERVISOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String WORKER_NAME = "WORKER";
    public static final String COMMITTEE_NAME = "COMMITTEE";
    public static final String COUNTER_NAME = "COUNTER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name();
    }
}
