package org.cocreate.community;

import java.util.List;
import java.util.Optional;
import org.cocreate.security.CommunityRef;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommunityRepository extends JpaRepository<Community, Long> {

    Optional<Community> findByName(String name);

    boolean existsByName(String name);

    @Query("select new org.cocreate.security.CommunityRef(c.id, c.name, c.subdistrictId) from Community c order by c.id")
    List<CommunityRef> refs();
}
