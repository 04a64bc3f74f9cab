package org.cocreate.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user and the communities they may work in. Every service asks it before it reads or
 * changes community data: {@link #requireAccess(long)} is the tenant check. The communities are read
 * from the database on each call, so that taking a community away from a user takes effect at once.
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;
    private final CommunityDirectory communities;

    CurrentUser(AppUserRepository users, CommunityDirectory communities) {
        this.users = users;
        this.communities = communities;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName())
                .filter(AppUser::isEnabled)
                .map(user -> new SignedInUser(user.id(), user.getUsername(), user.getDisplayName(),
                        rolesOf(authentication), user.getLocale()));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The communities the signed-in user works in, in a stable order; empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public List<CommunityRef> communities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        return users.findByUsername(authentication.getName())
                .filter(AppUser::isEnabled)
                .map(user -> communities.accessibleTo(user.getCommunityIds(), user.getSubdistrictId()))
                .orElse(List.of());
    }

    /**
     * The sub-district of a sub-district admin, who works in all of its communities and may create new
     * ones; empty for everybody else.
     */
    @Transactional(readOnly = true)
    public Optional<Long> subdistrictId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName())
                .filter(AppUser::isEnabled)
                .map(AppUser::getSubdistrictId);
    }

    public Set<Long> communityIds() {
        return communities().stream().map(CommunityRef::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean canAccess(long communityId) {
        return communities().stream().anyMatch(c -> c.id() == communityId);
    }

    /** The tenant check: refuses, as an access denial, any community the user does not work in. */
    public void requireAccess(long communityId) {
        if (!canAccess(communityId)) {
            throw new AccessDeniedException("community " + communityId + " is not accessible");
        }
    }

    public boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && rolesOf(authentication).contains(role);
    }

    private static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
