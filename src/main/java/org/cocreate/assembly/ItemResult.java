package org.cocreate.assembly;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's count with every number (areas and heads for, against, abstaining, not voting) and the decision
 * by the assembly's rule; for an election, each candidate's count and the elected.
 */
public record ItemResult(ItemEntry item, Outcome outcome, Election.@Nullable Result election) {

    public List<Election.CandidateCount> elected() {
        return election == null ? List.of() : election.elected();
    }
}
