package org.cocreate.community;

/** Who may do what in the register; the services name these, so the matrix is in one place. */
final class RegisterRoles {

    /** Compounds, buildings, coverage, organisations: everyone who works in the community may read them. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COMMITTEE','COUNTER','SUPERVISOR')";
    /** Residents' personal data: staff, and the counter (which must find the resident). */
    static final String READ_RESIDENTS = "hasAnyRole('ADMIN','WORKER','COUNTER')";
    /** Registering residents and households, organisation members: the community's staff. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";
    /** Set-up: compounds, buildings, communities, imports. */
    static final String ADMIN = "hasRole('ADMIN')";

    private RegisterRoles() {
    }
}
