package org.cocreate.points;

/** Who may do what with points; the services name these, so the matrix is in one place. */
final class PointsRoles {

    /** Balances and statements: staff, the exchange counter, and the residents' supervisors. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COUNTER','SUPERVISOR')";
    /** Scoring standards are public within the community: everybody who works in it reads them. */
    static final String READ_STANDARDS = "hasAnyRole('ADMIN','WORKER','COMMITTEE','COUNTER','SUPERVISOR')";
    /** Grants, deductions and reversals: the community's staff. */
    static final String GRANT = "hasAnyRole('ADMIN','WORKER')";
    /** Debits at the exchange counter. */
    static final String DEBIT = "hasAnyRole('ADMIN','WORKER','COUNTER')";
    /** Objections to a grant on public notice: the residents' supervisors, and staff on a resident's behalf. */
    static final String OBJECT = "hasAnyRole('ADMIN','WORKER','SUPERVISOR')";
    /** The public notice board and leaderboard: anybody, without signing in. */
    static final String PUBLIC = "permitAll()";
    /** Ledger check, approvals, decisions on objections, adopting standards. */
    static final String ADMIN = "hasRole('ADMIN')";

    private PointsRoles() {
    }
}
