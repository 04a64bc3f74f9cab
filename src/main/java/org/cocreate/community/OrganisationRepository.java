package org.cocreate.community;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByCommunityIdOrderByTypeAscNameAsc(long communityId);

    boolean existsByCommunityIdAndName(long communityId, String name);
}
