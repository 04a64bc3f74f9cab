package org.cocreate.proposal;

import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What both proposal services do with a proposal: find it for a user who may see its community (one of
 * another community is not found), lock it before reading it for a change, and write a line of its history
 * while telling open screens. Called inside the services' transactions.
 */
@Component
class ProposalRecords {

    private final ProposalRepository proposals;
    private final ProposalEventRepository history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ProposalRecords(ProposalRepository proposals, ProposalEventRepository history, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
    }

    Proposal visible(long proposalId) {
        return accessible(proposals.findById(proposalId).orElseThrow(NotFoundException::new));
    }

    /** The proposal locked for a change (locked before it is read, so that what is checked is current). */
    Proposal locked(long proposalId) {
        return accessible(proposals.findLocked(proposalId).orElseThrow(NotFoundException::new));
    }

    void record(Proposal proposal, ProposalEventKind kind, @Nullable ProposalStatus from,
            @Nullable ProposalStatus to, @Nullable String detail, @Nullable Long otherId, Recorded now) {
        history.save(new ProposalEvent(proposal.id(), kind, from, to, detail, otherId, now));
        events.publishEvent(new ProposalChanged(proposal.getCommunityId(), proposal.id()));
    }

    private Proposal accessible(Proposal proposal) {
        if (!currentUser.canAccess(proposal.getCommunityId())) {
            throw new NotFoundException();
        }
        return proposal;
    }
}
