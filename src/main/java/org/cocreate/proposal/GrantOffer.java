package org.cocreate.proposal;

import java.util.List;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * The grants adopting a proposal offers: to its proposer, and to its supporters if the scoring standard in
 * effect has a rule for them ({@code RuleOccasion.PROPOSAL_SUPPORTED}). A rule left empty is the worker's
 * to choose (for the proposer) or means no offer (for the supporters). The worker sends them through the
 * usual grant screens, so that caps, approval and the public notice apply.
 */
public record GrantOffer(@Nullable Long proposerId, @Nullable RuleEntry proposerRule, List<Long> supporterIds,
        @Nullable RuleEntry supporterRule) {

    public boolean offersProposer() {
        return proposerId != null;
    }

    public boolean offersSupporters() {
        return supporterRule != null && !supporterIds.isEmpty();
    }
}
