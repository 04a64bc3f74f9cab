package org.cocreate.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The communities as the security feature needs them, to scope access and to name them in a switcher.
 * The register (community) owns the communities and implements this; security must not depend on the
 * register's classes (the register depends on security to check access), so the contract lives here.
 */
public interface CommunityDirectory {

    /** Every community, by id. */
    List<CommunityRef> all();

    /** The communities a user works in: their own, and all of their sub-district for a sub-district admin. */
    default List<CommunityRef> accessibleTo(Collection<Long> communityIds, @Nullable Long subdistrictId) {
        return all().stream()
                .filter(c -> communityIds.contains(c.id())
                        || (subdistrictId != null && subdistrictId == c.subdistrictId()))
                .toList();
    }
}
