package org.cocreate.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a user. The temporary password is only given when a user is created. The
 * limits are the columns' and are named here once, for the service's checks and the form's fields alike.
 */
public record UserDraft(String username, String displayName, Set<Role> roles, Set<Long> communityIds,
        boolean subdistrictAdmin, boolean enabled, @Nullable String temporaryPassword) {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 50;
    /** The characters of a user name: letters, digits, dot, dash and underscore. */
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9_.-]+");

    public UserDraft {
        roles = Collections.unmodifiableSet(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(roles));
        communityIds = communityIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(communityIds));
    }

    public UserDraft withDisplayName(String displayName) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    public UserDraft withRoles(Set<Role> roles) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    public UserDraft withCommunityIds(Set<Long> communityIds) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    public UserDraft withSubdistrictAdmin(boolean subdistrictAdmin) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    public UserDraft withEnabled(boolean enabled) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    public UserDraft withTemporaryPassword(@Nullable String temporaryPassword) {
        return new UserDraft(username, displayName, roles, communityIds, subdistrictAdmin, enabled, temporaryPassword);
    }

    /** Whether the user name is 3 to 50 letters, digits, dots, dashes or underscores. */
    public static boolean isValidUsername(@Nullable String username) {
        return username != null && username.length() >= USERNAME_MIN && username.length() <= USERNAME_MAX
                && USERNAME_PATTERN.matcher(username).matches();
    }
}
