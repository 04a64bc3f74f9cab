package org.cocreate.community;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BuildingRepository extends JpaRepository<Building, Long> {

    @Query("select b from Building b where b.compound.id = :compoundId order by length(b.name), b.name")
    List<Building> findByCompound(long compoundId);

    @Query("select b from Building b join fetch b.compound c where c.communityId = :communityId")
    List<Building> findByCommunity(long communityId);

    @Query("select b from Building b where b.compound.id = :compoundId and b.name = :name")
    Optional<Building> findByCompoundAndName(long compoundId, String name);

    @Query("select count(h) from Household h where h.building.id = :buildingId")
    long countHouseholds(long buildingId);
}
