package org.cocreate.assembly;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssemblyItemRepository extends JpaRepository<AssemblyItem, Long> {

    List<AssemblyItem> findByAssemblyIdOrderByPosition(long assemblyId);

    long countByAssemblyId(long assemblyId);
}
