package org.cocreate.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The one answer to every failed sign-in that the throttle does not hold (unknown name, wrong password,
 * disabled account), with the name as it was typed: Spring Security leaves it in the session, and the login
 * page gives the name back so that only the password is typed again. The name is the user's own input and
 * says nothing about the account.
 */
public class SignInRefusedException extends BadCredentialsException {

    private final String attemptedName;

    public SignInRefusedException(String attemptedName, Throwable cause) {
        super("bad credentials", cause);
        this.attemptedName = attemptedName;
    }

    /** The name typed, as typed (trimmed). */
    public String attemptedName() {
        return attemptedName;
    }
}
