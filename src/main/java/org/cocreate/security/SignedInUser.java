package org.cocreate.security;

import java.util.Set;

/** Who is signed in, as the services and screens need it. */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, String locale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
