package org.cocreate.assembly;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CovenantThresholdRepository extends JpaRepository<CovenantThreshold, Long> {

    List<CovenantThreshold> findByCompoundId(long compoundId);
}
