package org.cocreate.security;

import java.time.LocalDateTime;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because too many failed ones came before it from the same place (see LoginThrottle),
 * with the time until which it is held; the login page says so instead of "wrong password". It is the same
 * for a name that exists and one that does not.
 */
public class SignInHeldException extends AuthenticationException {

    private final LocalDateTime heldUntil;

    public SignInHeldException(LocalDateTime heldUntil) {
        super("sign-in held until " + heldUntil);
        this.heldUntil = heldUntil;
    }

    public LocalDateTime heldUntil() {
        return heldUntil;
    }
}
