package org.cocreate.exchange;

/** Who may do what at the exchange; the services name these, so the matrix is in one place. */
final class ExchangeRoles {

    /** Catalogue, stock, redemption days and their reports. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COUNTER','SUPERVISOR')";
    /** The catalogue, receipts, stocktakes, write-offs, opening and closing a redemption day. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";
    /** Serving residents at a counter. */
    static final String COUNTER = "hasAnyRole('ADMIN','WORKER','COUNTER')";

    private ExchangeRoles() {
    }
}
