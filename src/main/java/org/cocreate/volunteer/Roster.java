package org.cocreate.volunteer;

import java.util.List;

/** An activity's roster: the people signed up (and walk-ins), with the live count of present / expected. */
public record Roster(ActivityEntry activity, List<RosterLine> lines) {

    public long present() {
        return lines.stream().filter(RosterLine::present).count();
    }

    /** Those signed up (not waiting, not cancelled), walk-ins included. */
    public long expected() {
        return lines.stream().filter(line -> line.status() == SignUpStatus.SIGNED_UP).count();
    }
}
