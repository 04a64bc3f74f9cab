package org.cocreate.volunteer;

/** Who may do what with the rosters; the services name these, so the matrix is in one place. */
final class VolunteerRoles {

    /** Activities, their rosters and hours: the staff, the committee, the supervisors. */
    static final String READ = "hasAnyRole('ADMIN','WORKER','COMMITTEE','SUPERVISOR')";
    /** The community workers: activities, sign-ups, check-in and check-out at the event. */
    static final String STAFF = "hasAnyRole('ADMIN','WORKER')";
    /** The community's admins: settings such as after how many days an elderly resident is due for a visit. */
    static final String ADMIN = "hasRole('ADMIN')";

    private VolunteerRoles() {
    }
}
