package org.cocreate.volunteer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An elderly resident due for a visit: never visited (no date), or last visited that many days ago. */
public record OverdueVisit(long residentId, String name, String address, @Nullable LocalDate lastVisited,
        @Nullable Integer daysSince) {

    public boolean neverVisited() {
        return lastVisited == null;
    }
}
