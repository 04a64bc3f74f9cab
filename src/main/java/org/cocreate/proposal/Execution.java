package org.cocreate.proposal;

import java.time.LocalDate;
import java.util.List;
import org.cocreate.base.Money;
import org.jspecify.annotations.Nullable;

/** How a proposal is being carried out, as its page shows it. */
public record Execution(@Nullable Long ownerId, @Nullable String ownerName, @Nullable Money budget,
        List<Funding> fundings, @Nullable LocalDate completedOn, EvaluationTally tally) {
}
