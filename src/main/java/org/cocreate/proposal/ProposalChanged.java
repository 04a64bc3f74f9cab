package org.cocreate.proposal;

import org.cocreate.base.LiveEvent;

/** A proposal changed (a new one, its state, supporters, photos, a merge): open boards and pages follow it. */
public record ProposalChanged(long communityId, long proposalId) implements LiveEvent {
}
