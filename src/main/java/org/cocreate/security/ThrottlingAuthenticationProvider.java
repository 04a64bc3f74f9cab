package org.cocreate.security;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cocreate.base.DeviceInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
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
 * Checks the password like Spring's DAO provider, but first refuses a sign-in that the throttle holds, and
 * records every failure and success for the throttle, the trusted devices and the audit trail.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final TrustedDevices devices;

    ThrottlingAuthenticationProvider(UserDetailsService userDetails, PasswordEncoder encoder, LoginThrottle throttle,
            TrustedDevices devices) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String address = addressOf(authentication);
        DeviceInfo device = device(address);
        var attempt = LoginThrottle.Attempt.of(username, address, devices.deviceOf(username));
        Optional<LocalDateTime> held = throttle.heldUntil(attempt);
        if (held.isPresent()) {
            throttle.recordRefusedWhileHeld(attempt, device, held.get());
            throw new SignInHeldException(held.get(), username);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException failure) {
            Optional<LocalDateTime> nowHeld = throttle.recordFailure(attempt, device);
            if (nowHeld.isPresent()) {
                throw new SignInHeldException(nowHeld.get(), username);
            }
            // One answer for every other failure: unknown name, wrong password, disabled account.
            throw new SignInRefusedException(username, failure);
        }
        throttle.recordSuccess(attempt, device);
        devices.remember(username, attempt.device());
        return result;
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
