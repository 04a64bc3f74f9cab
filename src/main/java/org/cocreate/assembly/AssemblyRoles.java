package org.cocreate.assembly;

/** Who may do what with owners' assemblies; the services name these, so the matrix is in one place. */
final class AssemblyRoles {

    /** Assemblies, their participation and results: the staff, the committee, the supervisors. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COMMITTEE','SUPERVISOR')";
    /** The community workers (and the volunteers they send door to door sign in as workers): ballots, set-up. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";
    /** Opening and closing the vote decides what counts: the community's admins. */
    static final String ADMIN = "hasRole('ADMIN')";
    /** An owner's phone, without an account: the unit's token is the key. */
    static final String PUBLIC = "permitAll()";

    private AssemblyRoles() {
    }
}
