package org.cocreate.proposal;

/** Who may do what with proposals; the services name these, so the matrix is in one place. */
final class ProposalRoles {

    /** The board, a proposal and its history: the staff, the committee who vote on them, the supervisors. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COMMITTEE','SUPERVISOR')";
    /** Taking proposals, supporters and photos, merging, moving them on with an answer. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";

    /** The public page: anybody, signed in or not; the service shows only what is published. */
    static final String PUBLIC = "permitAll()";

    private ProposalRoles() {
    }
}
