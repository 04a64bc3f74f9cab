package org.cocreate.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    /**
     * The residents one of whose search tokens starts with the prefix (see ResidentSearchKey), shortest
     * names first, for a prefix the index holds whole: a range of the search index's primary key, already in
     * this order, so the database reads only the rows of the page. The order names the key's leading columns
     * too (equal in every row here): H2 reads the index in order only when the order by starts with the
     * index's first column. Only ids: the few residents shown are fetched with their places after.
     */
    @Query("""
            select p.key.residentId from ResidentSearchPrefix p
            where p.key.communityId = :communityId and p.key.prefix = :prefix
            order by p.key.communityId, p.key.prefix, p.key.nameLength, p.key.name, p.key.residentId
            """)
    List<Long> searchIds(long communityId, String prefix, Pageable pageable);

    /**
     * The same for a prefix longer than the index holds: the residents found by its indexed head, in the
     * index's order, whose search key has a token starting with the whole prefix ({@code pattern}).
     */
    @Query("""
            select p.key.residentId from ResidentSearchPrefix p join Resident r on r.id = p.key.residentId
            where p.key.communityId = :communityId and p.key.prefix = :head and r.searchKey like :pattern
            order by p.key.communityId, p.key.prefix, p.key.nameLength, p.key.name, p.key.residentId
            """)
    List<Long> searchIdsBeyondHead(long communityId, String head, String pattern, Pageable pageable);

    @Query("""
            select r from Resident r join fetch r.household h join fetch h.building b join fetch b.compound
            where r.id in :ids
            """)
    List<Resident> findWithPlaces(Collection<Long> ids);

    @Query("""
            select r from Resident r join fetch r.household h join fetch h.building b join fetch b.compound c
            where r.communityId = :communityId
              and (:compoundId is null or c.id = :compoundId)
              and (:head = '' or r.id in (select p.key.residentId from ResidentSearchPrefix p
                                          where p.key.communityId = :communityId and p.key.prefix = :head))
              and (:pattern = '' or r.searchKey like :pattern)
            order by c.name, length(b.name), b.name, h.unit, h.room, r.name, r.id
            """)
    List<Resident> list(long communityId, @Nullable Long compoundId, String head, String pattern,
            Pageable pageable);

    @Query("""
            select count(r) from Resident r join r.household h join h.building b join b.compound c
            where r.communityId = :communityId
              and (:compoundId is null or c.id = :compoundId)
              and (:head = '' or r.id in (select p.key.residentId from ResidentSearchPrefix p
                                          where p.key.communityId = :communityId and p.key.prefix = :head))
              and (:pattern = '' or r.searchKey like :pattern)
            """)
    long count(long communityId, @Nullable Long compoundId, String head, String pattern);

    Optional<Resident> findByCardCode(String cardCode);

    @Query("select r from Resident r where r.household.id = :householdId order by r.birthYear, r.name")
    List<Resident> findByHousehold(long householdId);

    long countByCommunityId(long communityId);

    @Query("select count(r) from Resident r where r.household.building.compound.id = :compoundId")
    long countByCompound(long compoundId);

    @Query("""
            select count(r) > 0 from Resident r
            where r.communityId = :communityId and r.name = :name
              and ((:phone is not null and r.phone = :phone) or (:phone is null and r.household.id = :householdId))
            """)
    boolean existsDuplicate(long communityId, String name, @Nullable String phone, Long householdId);

    List<Resident> findByIdIn(Collection<Long> ids);

    // The read contract of the register for the other features (RegisterDirectory).

    /** A resident's id with their community's. */
    record ResidentCommunity(long residentId, long communityId) {
    }

    @Query("select r.communityId from Resident r where r.id = :residentId")
    Optional<Long> communityOf(long residentId);

    @Query("select new org.cocreate.community.ResidentRepository$ResidentCommunity(r.id, r.communityId)"
            + " from Resident r where r.id in :ids")
    List<ResidentCommunity> communitiesOf(Collection<Long> ids);

    @Query("select r.id from Resident r where r.communityId = :communityId order by r.id")
    List<Long> idsOf(long communityId);

    @Query("""
            select r from Resident r join fetch r.household h join fetch h.building b join fetch b.compound
            where r.communityId = :communityId and :tag member of r.tags order by r.id
            """)
    List<Resident> findTagged(long communityId, ResidentTag tag);

    @Query("select new org.cocreate.community.ResidentName(r.id, r.name) from Resident r where r.id in :ids")
    List<ResidentName> namesOf(Collection<Long> ids);

    @Query("select new org.cocreate.community.ResidentName(r.id, r.name) from Resident r"
            + " where r.household.id = :householdId order by r.id")
    List<ResidentName> membersOf(long householdId);
}
