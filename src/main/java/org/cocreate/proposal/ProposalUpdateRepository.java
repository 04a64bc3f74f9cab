package org.cocreate.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalUpdateRepository extends JpaRepository<ProposalUpdate, Long> {

    List<ProposalUpdate> findByProposalIdOrderByIdDesc(long proposalId);
}
