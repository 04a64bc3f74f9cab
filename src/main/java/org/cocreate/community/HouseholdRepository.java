package org.cocreate.community;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    @Query("select h from Household h where h.building.id = :buildingId and h.unit = :unit and h.room = :room")
    Optional<Household> findByAddress(long buildingId, String unit, String room);

    @Query("select h from Household h join fetch h.building b join fetch b.compound where b.id = :buildingId"
            + " order by h.unit, h.room")
    List<Household> findByBuilding(long buildingId);

    @Query("select h from Household h join fetch h.building b join fetch b.compound where h.id = :householdId")
    Optional<Household> findWithPlace(long householdId);
}
