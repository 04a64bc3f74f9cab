package org.cocreate.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEventRepository extends JpaRepository<ProposalEvent, Long> {

    List<ProposalEvent> findByProposalIdOrderByIdAsc(long proposalId);
}
