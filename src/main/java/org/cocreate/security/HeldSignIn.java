package org.cocreate.security;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in the throttle holds, for the admins' list: a name (with the account's display name when such an
 * account exists) held from one address or from its trusted device, or a whole address held against
 * password spraying ({@code username} null).
 *
 * @param fromTrustedDevice the name is held on a browser on which it signed in before (the address is the
 *     last one that browser came from)
 */
public record HeldSignIn(@Nullable String username, @Nullable String displayName, String address,
        boolean fromTrustedDevice, int failures, LocalDateTime heldUntil) {

    public boolean isAddress() {
        return username == null;
    }
}
