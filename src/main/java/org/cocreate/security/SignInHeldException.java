package org.cocreate.security;

import java.time.LocalDateTime;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because too many failed ones came before it from the same place (see LoginThrottle),
 * with the time until which it is held; the login page says so instead of "wrong password". It is the same
 * for a name that exists and one that does not. Like {@link SignInRefusedException} it keeps the name typed,
 * which the login page gives back.
 */
public class SignInHeldException extends AuthenticationException {

    private final LocalDateTime heldUntil;
    private final String attemptedName;

    public SignInHeldException(LocalDateTime heldUntil, String attemptedName) {
        super("sign-in held until " + heldUntil);
        this.heldUntil = heldUntil;
        this.attemptedName = attemptedName;
    }

    public LocalDateTime heldUntil() {
        return heldUntil;
    }

    /** The name typed, as typed (trimmed). */
    public String attemptedName() {
        return attemptedName;
    }
}
