package org.cocreate.proposal.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.Role;
import org.springframework.stereotype.Component;

/**
 * Proposals on the workbench: those waiting for an answer (raised or being discussed), opening the board
 * filtered to them; taking one down as a worker's tile, for the visit or the meeting at hand.
 */
@Component
class ProposalWorkbench implements WorkbenchContribution {

    private final ProposalService proposals;

    ProposalWorkbench(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public List<ToDo> toDos(long communityId) {
        return List.of(new ToDo(60, "workbench.todo.proposalsWaiting",
                () -> proposals.board(communityId, new ProposalFilter(null, null,
                        EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION), null)).size(),
                Target.of(ProposalsView.class).withQuery(ProposalsView.SHOW, ProposalsView.SHOW_WAITING)));
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(new Shortcut(60, "workbench.shortcut.newProposal", "vaadin:lightbulb", Target.of(ProposalIntakeView.class),
                Set.of(Role.WORKER_NAME)));
    }
}
