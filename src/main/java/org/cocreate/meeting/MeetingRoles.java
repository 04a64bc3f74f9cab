package org.cocreate.meeting;

/** Who may do what with meetings; the services name these, so the matrix is in one place. */
final class MeetingRoles {

    /** The meetings, their agenda, attendance and results: the staff, the committee, the supervisors. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COMMITTEE','SUPERVISOR')";
    /** The secretary: calling a meeting, the agenda, check-in, ballots, votes recorded, opening and closing. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";
    /** A community's rules for its types of meeting. */
    static final String ADMIN = "hasRole('ADMIN')";
    /** A member's phone by their ballot link, without an account: the token is the key. */
    static final String BALLOT = "permitAll()";

    private MeetingRoles() {
    }
}
