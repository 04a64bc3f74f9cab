package org.cocreate.points;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Accounts are opened and their cached balance changed by the service; never deleted (no delete here). */
interface PointAccountRepository extends Repository<PointAccount, Long> {

    PointAccount save(PointAccount account);

    Optional<PointAccount> findById(long id);

    Optional<PointAccount> findByResidentId(long residentId);

    /** SELECT ... FOR UPDATE: whoever changes a balance holds its row, so two counters never overdraw. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointAccount a where a.residentId = :residentId")
    Optional<PointAccount> lockByResidentId(long residentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from PointAccount a where a.id = :id")
    Optional<PointAccount> lockById(long id);

    List<PointAccount> findByCommunityIdOrderById(long communityId);

    List<PointAccount> findByResidentIdIn(Collection<Long> residentIds);

    long countByCommunityId(long communityId);
}
