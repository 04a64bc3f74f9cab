package org.cocreate.volunteer;

import java.time.LocalDate;
import java.util.List;

/**
 * A resident's volunteering in a period (志愿服务记录): each activity they came to and each home visit they made,
 * with the time served, and how often they signed up and did not come; the basis of the printable service
 * certificate (志愿服务证明).
 */
public record ServiceRecord(long residentId, String name, long communityId, String communityName, LocalDate from,
        LocalDate to,
        List<Served> served, int noShows) {

    /**
     * An activity attended: its day, title, role and minutes served (none yet: still there, or not checked out);
     * or a home visit made: its day, the name of the resident visited (no role) and the minutes it took.
     */
    public record Served(LocalDate day, String title, String role, int minutes, Kind kind) {

        public Served(LocalDate day, String title, String role, int minutes) {
            this(day, title, role, minutes, Kind.ACTIVITY);
        }
    }

    /** What a line of the record was: an activity's shift, or a home visit (双阳走访). */
    public enum Kind {
        ACTIVITY, VISIT
    }

    public int totalMinutes() {
        return served.stream().mapToInt(Served::minutes).sum();
    }
}
