package org.cocreate.security;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the community table directly: the register feature depends on security (to check access), so
 * security must not depend on the register's classes; the table is the contract.
 */
@Component
class CommunityDirectory {

    private final JdbcClient jdbc;

    CommunityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommunityRef> all() {
        return jdbc.sql("select id, name, subdistrict_id from community order by id")
                .query((rs, n) -> new CommunityRef(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The communities a user works in: their own, and all of their sub-district for a sub-district admin. */
    List<CommunityRef> accessibleTo(Collection<Long> communityIds, @org.jspecify.annotations.Nullable Long subdistrictId) {
        return all().stream()
                .filter(c -> communityIds.contains(c.id())
                        || (subdistrictId != null && subdistrictId == c.subdistrictId()))
                .toList();
    }
}
