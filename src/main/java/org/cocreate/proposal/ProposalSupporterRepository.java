package org.cocreate.proposal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalSupporterRepository extends JpaRepository<ProposalSupporter, ProposalSupporter.Key> {

    @Query("select s from ProposalSupporter s where s.key.proposalId = :proposalId order by s.addedAt, s.key.residentId")
    List<ProposalSupporter> findOf(@Param("proposalId") long proposalId);

    /** The supporters of each proposal, as counts by proposal id, in one query. */
    @Query("select s.key.proposalId as proposalId, count(s) as supporters from ProposalSupporter s"
            + " where s.key.proposalId in :proposalIds group by s.key.proposalId")
    List<SupporterCount> countsOf(@Param("proposalIds") Collection<Long> proposalIds);

    interface SupporterCount {
        long getProposalId();

        long getSupporters();
    }
}
