package org.cocreate.security;

import org.cocreate.base.DeviceInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks the password like Spring's DAO provider, but first refuses a locked name or address, and
 * records every failure and success for the lockout and the audit trail.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(UserDetailsService userDetails, PasswordEncoder encoder, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = addressOf(authentication);
        DeviceInfo device = device(address);
        if (attempts.isLocked(username, address)) {
            attempts.recordRefusedWhileLocked(username, device);
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.recordSuccess(username, device);
            return result;
        } catch (AuthenticationException failure) {
            attempts.recordFailure(username, address, device);
            // One answer for every failure: unknown name, wrong password, disabled account.
            throw new BadCredentialsException("bad credentials", failure);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static DeviceInfo device(@Nullable String address) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return DeviceInfo.of(attributes.getRequest());
        }
        return new DeviceInfo(address, null);
    }
}
