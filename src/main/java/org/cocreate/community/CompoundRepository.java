package org.cocreate.community;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompoundRepository extends JpaRepository<Compound, Long> {

    List<Compound> findByCommunityIdOrderByName(long communityId);

    Optional<Compound> findByCommunityIdAndName(long communityId, String name);

    boolean existsByCommunityIdAndName(long communityId, String name);
}
