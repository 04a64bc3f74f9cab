package org.cocreate.security;

import java.util.List;
import java.util.Set;

/** A row of the user administration list. */
public record UserListEntry(long id, String username, String displayName, Set<Role> roles,
        List<String> communityNames, boolean subdistrictAdmin, boolean enabled, boolean mustChangePassword) {
}
