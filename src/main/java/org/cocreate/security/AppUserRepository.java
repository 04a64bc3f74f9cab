package org.cocreate.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** The accounts of names as the login throttle counts them (lower case). */
    @Query("select u from AppUser u where lower(u.username) in :names")
    List<AppUser> findByLowerCaseUsernameIn(@Param("names") Collection<String> names);

    /** For the audit screen's person filter: who is called 王芳. */
    List<AppUser> findByDisplayNameContainingIgnoreCase(String part, Pageable pageable);

    boolean existsByUsername(String username);

    /** User names are unique regardless of case: "Admin" and "admin" would be one name to a person. */
    boolean existsByUsernameIgnoreCase(String username);

    /**
     * The users an admin manages (see UserService#manageable): sub-district admins of the admin's own
     * sub-district, and users all of whose communities are in the admin's scope.
     */
    String MANAGEABLE = """
            from AppUser u
            where (u.subdistrictId = :subdistrict
                   or (u.subdistrictId is null
                       and u.id in (select a.id from AppUser a join a.communityIds c where c in :communities)
                       and u.id not in (select b.id from AppUser b join b.communityIds d where d not in :communities)))
              and (:text = '' or lower(u.username) like :text or lower(u.displayName) like :text)
            """;

    @Query("select u " + MANAGEABLE + " order by u.username")
    Slice<AppUser> findManageable(@Param("communities") Collection<Long> communities,
            @Param("subdistrict") Long subdistrict, @Param("text") String text, Pageable pageable);

    /** The roles that enabled accounts of a community hold (for its set-up checklist). */
    @Query("select distinct r from AppUser u join u.roles r join u.communityIds c where c = :community and u.enabled = true")
    List<Role> rolesHeldIn(@Param("community") long community);

    @Query("select count(u) " + MANAGEABLE)
    long countManageable(@Param("communities") Collection<Long> communities,
            @Param("subdistrict") Long subdistrict, @Param("text") String text);
}
