package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A home visit as the worker records it: whom the volunteers visited, who went, when and for how long, what they
 * checked and noted, and whether someone must follow up. The limits are named here once, for the service's
 * checks and the dialog's fields alike.
 */
public record VisitDraft(@Nullable Long visitedResidentId, List<Long> volunteerIds, @Nullable LocalDateTime visitedAt,
        @Nullable Integer minutes, Set<VisitCheck> checks, @Nullable String notes, boolean followUp) {

    public static final int VOLUNTEERS_MAX = 10;
    public static final int MINUTES_MIN = 5;
    /** A whole working day; a longer stay is not a visit. */
    public static final int MINUTES_MAX = 480;
    public static final int NOTES_MAX = 1000;
    public static final int FOLLOW_UP_NOTE_MAX = 500;

    public VisitDraft {
        volunteerIds = volunteerIds == null ? List.of() : List.copyOf(volunteerIds);
        checks = checks == null ? Set.of() : Set.copyOf(checks);
    }
}
