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
    long countByCommunityId(long communityId);

    // The register read directly, for the same reason as communityOfResident: the points screens show names
    // and addresses to every role that reads balances.
    /** One row or none: community id, compound id and name, building id and name, unit, room. */
    @Query(value = """
            select c.community_id, c.id as compound_id, c.name as compound_name, b.id as building_id,
                   b.name as building_name, h.unit, h.room
            from household h join building b on b.id = h.building_id join compound c on c.id = b.compound_id
            where h.id = :householdId""", nativeQuery = true)
    List<Object[]> householdPlace(long householdId);

    /** Resident id, name and balance (0 without an account) of each member of a household. */
    @Query(value = """
            select r.id, r.name, coalesce(a.balance, 0) as balance
            from resident r left join point_account a on a.resident_id = r.id
            where r.household_id = :householdId order by r.id""", nativeQuery = true)
    List<Object[]> householdMembers(long householdId);

    /** One row or none: name, household id and community name of a resident. */
    @Query(value = """
            select r.name, r.household_id, m.name as community_name
            from resident r join community m on m.id = r.community_id where r.id = :residentId""",
            nativeQuery = true)
    List<Object[]> holder(long residentId);
}
