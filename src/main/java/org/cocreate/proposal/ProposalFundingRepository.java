package org.cocreate.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalFundingRepository extends JpaRepository<ProposalFunding, Long> {

    List<ProposalFunding> findByProposalIdOrderById(long proposalId);

    void deleteByProposalId(long proposalId);
}
