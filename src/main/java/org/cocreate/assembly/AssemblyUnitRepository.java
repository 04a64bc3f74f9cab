package org.cocreate.assembly;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssemblyUnitRepository extends JpaRepository<AssemblyUnit, Long> {

    List<AssemblyUnit> findByAssemblyId(long assemblyId);

    long countByAssemblyId(long assemblyId);

    Optional<AssemblyUnit> findByToken(String token);

    Optional<AssemblyUnit> findByAssemblyIdAndUnitId(long assemblyId, long unitId);

    /** The unit's row, locked: two ballots for the same unit (paper and phone at once) are taken one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AssemblyUnit u where u.assemblyId = :assembly and u.unitId = :unit")
    Optional<AssemblyUnit> findLocked(@Param("assembly") long assemblyId, @Param("unit") long unitId);
}
