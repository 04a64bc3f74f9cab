package org.cocreate.assembly;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotPhotoRepository extends JpaRepository<BallotPhoto, Long> {

    Optional<BallotPhoto> findByAssemblyIdAndUnitId(long assemblyId, long unitId);
}
