package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cocreate.community.ResidentName;
import org.jspecify.annotations.Nullable;

/** A home visit as the screens show it, with the names of the visited resident and of the volunteers. */
public record VisitEntry(long id, long communityId, long visitedResidentId, String visitedName,
        List<ResidentName> volunteers, LocalDateTime visitedAt, int minutes, Set<VisitCheck> checks,
        @Nullable String notes, boolean followUp, @Nullable LocalDateTime followUpDoneAt,
        @Nullable String followUpNote) {

    /** A follow-up was asked for and nobody has closed it yet. */
    public boolean followUpOpen() {
        return followUp && followUpDoneAt == null;
    }

    public List<Long> volunteerIds() {
        return volunteers.stream().map(ResidentName::id).toList();
    }
}
