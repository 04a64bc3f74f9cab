package org.cocreate.security;

import java.util.List;
import java.util.Set;

/**
 * A row of the user administration list. {@code mayEdit} and {@code mayResetPassword} say what the admin
 * viewing the list may do with the account (a community admin leaves admin accounts to the sub-district
 * admin), so that the screen offers only what the service allows.
 */
public record UserListEntry(long id, String username, String displayName, Set<Role> roles,
        List<String> communityNames, boolean subdistrictAdmin, boolean enabled, boolean mustChangePassword,
        boolean mayEdit, boolean mayResetPassword) {
}
