package org.cocreate.meeting;

import java.util.List;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/** The members present and the standard's rule for attending (none: the standard has no rule for it). */
public record AttendanceOffer(List<Long> residentIds, @Nullable RuleEntry rule) {

    public boolean offered() {
        return rule != null && !residentIds.isEmpty();
    }
}
