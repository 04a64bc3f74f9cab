package org.cocreate.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select distinct u from AppUser u left join u.communityIds c
            where (c in :communities or u.subdistrictId = :subdistrict)
              and (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text)
            order by u.username
            """)
    Slice<AppUser> findVisible(@Param("communities") java.util.Collection<Long> communities,
            @Param("subdistrict") Long subdistrict, @Param("text") String text, Pageable pageable);
}
