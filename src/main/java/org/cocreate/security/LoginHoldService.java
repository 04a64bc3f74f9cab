package org.cocreate.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-ins the throttle holds (see LoginThrottle), for admins, with an unlock: a user who mistyped too
 * often, or whose name somebody tried to guess, need not wait. A community admin sees and unlocks the users
 * of their communities; the sub-district admin every held name, also names without an account, and the
 * addresses held against password spraying. Every unlock is in the audit trail.
 */
@Service
public class LoginHoldService {

    private final LoginThrottle throttle;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    LoginHoldService(LoginThrottle throttle, AppUserRepository users, CurrentUser currentUser, AuditTrail audit) {
        this.throttle = throttle;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The holds in force that the admin may see, the longest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<HeldSignIn> held() {
        List<LoginThrottle.Hold> holds = throttle.holds();
        Map<String, AppUser> accounts = accountsOf(holds.stream().map(LoginThrottle.Hold::username)
                .filter(name -> name != null).collect(Collectors.toSet()));
        boolean subdistrictAdmin = currentUser.subdistrictId().isPresent();
        Set<Long> scope = currentUser.communityIds();
        return holds.stream()
                .filter(h -> subdistrictAdmin
                        || (h.username() != null && visible(accounts.get(h.username()), scope)))
                .map(h -> {
                    AppUser account = h.username() == null ? null : accounts.get(h.username());
                    return new HeldSignIn(h.username(), account == null ? null : account.getDisplayName(),
                            h.address(), h.scope() == LoginThrottle.Scope.DEVICE, h.failures(), h.until());
                })
                .toList();
    }

    /** Lifts every hold of the name, wherever it was tried from. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(String username) {
        String name = LoginThrottle.name(username);
        AppUser account = accountsOf(Set.of(name)).get(name);
        if (currentUser.subdistrictId().isEmpty() && !visible(account, currentUser.communityIds())) {
            throw new NotFoundException();
        }
        throttle.forgive(name);
        audit.record("LOGIN_UNLOCKED", "user", account == null ? null : account.id(), null, null, "name=" + name);
    }

    /** Lifts the hold of an address (and of the names tried from it); the sub-district admin's decision. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlockAddress(String address) {
        if (currentUser.subdistrictId().isEmpty()) {
            throw new AccessDeniedException("only a sub-district admin lifts the hold of an address");
        }
        String trimmed = Optional.ofNullable(address).map(String::trim).orElse("");
        if (trimmed.isEmpty()) {
            throw new NotFoundException();
        }
        throttle.forgiveAddress(trimmed);
        audit.record("LOGIN_UNLOCKED", "user", null, null, null, "address=" + trimmed);
    }

    /** A user of the admin's communities: not a sub-district admin, and working in one of them. */
    private static boolean visible(@Nullable AppUser account, Set<Long> scope) {
        return account != null && !account.isSubdistrictAdmin()
                && account.getCommunityIds().stream().anyMatch(scope::contains);
    }

    private Map<String, AppUser> accountsOf(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return users.findByLowerCaseUsernameIn(names).stream()
                .collect(Collectors.toMap(u -> LoginThrottle.name(u.getUsername()), Function.identity(), (a, b) -> a));
    }
}
