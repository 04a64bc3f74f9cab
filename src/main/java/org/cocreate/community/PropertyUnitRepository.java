package org.cocreate.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PropertyUnitRepository extends JpaRepository<PropertyUnit, Long> {

    Optional<PropertyUnit> findByHouseholdId(long householdId);

    List<PropertyUnit> findByHouseholdIdIn(Collection<Long> householdIds);

    List<PropertyUnit> findByCommunityId(long communityId);
}
