package org.cocreate.volunteer;

import java.util.List;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * What a closed activity offers to grant: those who came, with the scoring standard's rule for taking part in a
 * volunteer activity (none: the standard has no rule for it, and nothing is offered).
 */
public record GrantProposal(List<Long> residentIds, @Nullable RuleEntry rule) {

    public boolean offered() {
        return rule != null && !residentIds.isEmpty();
    }
}
