package org.cocreate.proposal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByCommunityIdOrderByUpdatedAtDescIdDesc(long communityId);

    /** The proposal this one was merged into; empty when it was not merged, or does not exist. */
    @Query("select p.mergedIntoId from Proposal p where p.id = :id and p.mergedIntoId is not null")
    Optional<Long> mergedIntoOf(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> findLocked(@Param("id") long id);
}
