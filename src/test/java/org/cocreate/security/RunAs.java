package org.cocreate.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs a piece of a test as a signed-in user, loaded from the database like at a real sign-in, and
 * restores the previous security context afterwards. For tests that act as several users in turn.
 */
public final class RunAs {

    private final UserDetailsService userDetails;

    public RunAs(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public <T> T get(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable action) {
        get(username, () -> {
            action.run();
            return null;
        });
    }

    /** Runs as nobody: what the set-up code sees before anybody has signed in. */
    public static <T> T nobody(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
