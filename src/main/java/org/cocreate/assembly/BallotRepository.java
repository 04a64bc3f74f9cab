package org.cocreate.assembly;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    List<Ballot> findByAssemblyId(long assemblyId);

    List<Ballot> findByItemId(long itemId);

    List<Ballot> findByAssemblyIdAndUnitId(long assemblyId, long unitId);

    Optional<Ballot> findByItemIdAndUnitId(long itemId, long unitId);
}
