package org.cocreate.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEvaluationRepository extends JpaRepository<ProposalEvaluation, Long> {

    List<ProposalEvaluation> findByProposalId(long proposalId);

    boolean existsByProposalIdAndResidentId(long proposalId, long residentId);
}
