package org.cocreate.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalPhotoRepository extends JpaRepository<ProposalPhoto, Long> {

    List<ProposalPhoto> findByProposalIdOrderById(long proposalId);

    @Query("select count(p) from ProposalPhoto p where p.proposalId = :proposalId")
    long countOf(@Param("proposalId") long proposalId);
}
