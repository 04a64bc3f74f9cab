package org.cocreate.points;

import jakarta.persistence.LockModeType;
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

    // The register's table read directly: points needs only the resident's community, for every role that
    // reads balances (the supervisor may not read residents' details through ResidentService).
    @Query(value = "select community_id from resident where id = :residentId", nativeQuery = true)
    Optional<Long> communityOfResident(long residentId);

    @Query(value = "select id from resident where community_id = :communityId order by id", nativeQuery = true)
    List<Long> residentIdsOf(long communityId);

    @Query(value = "select id, name from community order by id", nativeQuery = true)
    List<Object[]> communities();

    @Query(value = "select name from resident where id = :residentId", nativeQuery = true)
    Optional<String> residentName(long residentId);

    @Query(value = "select id, name from resident where id in (:residentIds)", nativeQuery = true)
    List<Object[]> residentNames(java.util.Collection<Long> residentIds);

    @Query(value = "select id, community_id from resident where id in (:residentIds)", nativeQuery = true)
    List<Object[]> communitiesOfResidents(java.util.Collection<Long> residentIds);
}
