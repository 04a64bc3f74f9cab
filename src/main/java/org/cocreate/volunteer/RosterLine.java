package org.cocreate.volunteer;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A person on an activity's roster at the event: their shift, whether they came, and the minutes served. */
public record RosterLine(long shiftId, String role, long residentId, String name, SignUpStatus status, boolean walkIn,
        @Nullable LocalDateTime checkedInAt, @Nullable LocalDateTime checkedOutAt, @Nullable Integer minutesServed,
        @Nullable String correctionReason, boolean noShow) {

    public boolean present() {
        return checkedInAt != null;
    }
}
