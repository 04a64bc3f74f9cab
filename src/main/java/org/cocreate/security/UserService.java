package org.cocreate.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (ADMIN, within the communities the admin works in) and each user's own
 * password and language. Every change is in the audit trail, without passwords.
 *
 * <p>An admin manages only users all of whose communities are the admin's own: whoever can reset a
 * password can sign in as that user, so managing a user who also works elsewhere would open the other
 * community's data. Such users, and sub-district admins, are managed by the sub-district admin.
 *
 * <p>Admin accounts are the sub-district admin's alone: a community admin neither creates one, nor makes
 * an account an admin, nor resets the password of, disables or otherwise changes another admin's account.
 * Otherwise one community admin could hold a second admin account and approve their own grants (see
 * {@link FourEyes}, which also needs to know who created an account and who last reset its password).
 */
@Service
public class UserService {

    private static final Checks CHECK = new Checks(UserRefusedException::new);

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final CommunityDirectory communities;
    private final PasswordEncoder encoder;
    private final LoginThrottle loginThrottle;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(AppUserRepository users, CurrentUser currentUser, CommunityDirectory communities,
            PasswordEncoder encoder, LoginThrottle loginThrottle, AuditTrail audit, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.communities = communities;
        this.encoder = encoder;
        this.loginThrottle = loginThrottle;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserListEntry> list(String text, int offset, int limit) {
        List<CommunityRef> all = communities.all();
        AppUser actor = signedInAccount();
        int size = Math.max(limit, 1);
        return users.findManageable(scopeParameter(), subdistrictParameter(), pattern(text),
                        PageRequest.of(offset / size, size))
                .map(u -> new UserListEntry(u.id(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                        // In the communities' own order (as in the side bar): Chinese names have no useful sort.
                        all.stream().filter(c -> u.getCommunityIds().contains(c.id())).map(CommunityRef::name)
                                .toList(),
                        u.getSubdistrictId() != null, u.isEnabled(), u.isMustChangePassword(),
                        mayEdit(u, actor), mayResetPassword(u, actor)))
                .getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return users.countManageable(scopeParameter(), subdistrictParameter(), pattern(text));
    }

    /** The roles somebody with an enabled account holds in the community: who is there to work in it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Set<Role> rolesHeldIn(long communityId) {
        currentUser.requireAccess(communityId);
        var held = EnumSet.noneOf(Role.class);
        held.addAll(users.rolesHeldIn(communityId));
        return held;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public UserDraft load(long userId) {
        AppUser user = manageable(userId);
        return new UserDraft(user.getUsername(), user.getDisplayName(), user.getRoles(), user.getCommunityIds(),
                user.getSubdistrictId() != null, user.isEnabled(), null);
    }

    /** Creates a user with a temporary password that must be changed at the first login. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(UserDraft draft) {
        String username = draft.username() == null ? "" : draft.username().strip();
        CHECK.that(UserDraft.isValidUsername(username), "username", "user.username.invalid",
                UserDraft.USERNAME_MIN, UserDraft.USERNAME_MAX);
        UserDraft checked = checked(draft);
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new UserRefusedException("username", "user.username.taken");
        }
        String password = checked.temporaryPassword() == null ? "" : checked.temporaryPassword();
        PasswordPolicy.check(username, password, "temporaryPassword");
        AppUser actor = signedInAccount();
        checkScope(checked);
        if (checked.roles().contains(Role.ADMIN) && !actor.isSubdistrictAdmin()) {
            throw new UserRefusedException("roles", "user.admin.subdistrictOnly");
        }
        var user = new AppUser(username, checked.displayName(), encoder.encode(password),
                LocalDateTime.now(clock), actor.getUsername());
        user.setEnabled(checked.enabled());
        apply(user, checked);
        users.save(user);
        audit.record("USER_CREATED", "user", user.id(), null, null, user.auditState());
        return user.id();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(long userId, UserDraft draft) {
        AppUser user = manageable(userId);
        UserDraft checked = checked(draft);
        AppUser actor = signedInAccount();
        if (!mayEdit(user, actor)) {
            refuseChangeOfAnAdmin(user, checked);
            return;
        }
        if (!actor.isSubdistrictAdmin() && checked.roles().contains(Role.ADMIN)
                && !user.getRoles().contains(Role.ADMIN)) {
            throw new UserRefusedException("roles", "user.admin.subdistrictOnly");
        }
        if (user.id() == actor.id()) {
            // An admin who locks themselves out needs somebody else to let them back in.
            if (!checked.enabled()) {
                throw new UserRefusedException("enabled", "user.cannotDisableSelf");
            }
            if (!checked.roles().contains(Role.ADMIN)) {
                throw new UserRefusedException("roles", "user.cannotDemoteSelf");
            }
            if (user.getSubdistrictId() != null && !checked.subdistrictAdmin()) {
                throw new UserRefusedException("subdistrictAdmin", "user.cannotDemoteSelf");
            }
        }
        String before = user.auditState();
        checkScope(checked);
        user.setDisplayName(checked.displayName());
        user.setEnabled(checked.enabled());
        apply(user, checked);
        audit.record("USER_UPDATED", "user", user.id(), null, before, user.auditState());
    }

    /** Sets a temporary password, to be changed at the next login; also lifts a hold of the user name. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long userId, String temporaryPassword) {
        AppUser user = manageable(userId);
        AppUser actor = signedInAccount();
        if (!mayResetPassword(user, actor)) {
            throw new UserRefusedException("temporaryPassword", "user.admin.subdistrictOnly");
        }
        PasswordPolicy.check(user.getUsername(), temporaryPassword, "temporaryPassword");
        user.passwordReset(encoder.encode(temporaryPassword), actor.getUsername(), LocalDateTime.now(clock));
        loginThrottle.forgive(user.getUsername());
        audit.record("USER_PASSWORD_RESET", "user", user.id(), null, null, "mustChangePassword=true");
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findById(currentUser.require().id()).orElseThrow(NotFoundException::new);
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserRefusedException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check(user.getUsername(), newPassword, "newPassword");
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new UserRefusedException("newPassword", "password.sameAsOld");
        }
        user.changePassword(encoder.encode(newPassword), false);
        audit.record("PASSWORD_CHANGED", "user", user.id(), null, null, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangePassword() {
        return users.findById(currentUser.require().id()).map(AppUser::isMustChangePassword).orElse(false);
    }

    /**
     * The display names (陈主任) of the given sign-in names, for the screens that say who did what; a name
     * without an account, or with an empty display name, is left out (the screen shows the sign-in name).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(Set.copyOf(usernames)).stream()
                .filter(user -> user.getDisplayName() != null && !user.getDisplayName().isBlank())
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    /** Remembers the language the user chose, so that it follows them to every device. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(String languageTag) {
        if (!Set.of("zh-CN", "en").contains(languageTag)) {
            throw new UserRefusedException("locale", "user.locale.unsupported");
        }
        users.findById(currentUser.require().id()).orElseThrow(NotFoundException::new).setLocale(languageTag);
    }

    /** The communities an admin may hand out: their own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CommunityRef> assignableCommunities() {
        return currentUser.communities().stream().sorted(Comparator.comparing(CommunityRef::id)).toList();
    }

    /**
     * What an admin entered, checked: a name within its column and at least one role; the user name is
     * checked by {@link #create}, the only command that takes it.
     */
    private static UserDraft checked(UserDraft draft) {
        String displayName = CHECK.text("displayName", draft.displayName(), UserDraft.DISPLAY_NAME_MAX,
                "user.displayName.invalid");
        CHECK.notEmpty("roles", draft.roles(), "user.roles.empty");
        return new UserDraft(draft.username(), displayName, draft.roles(), draft.communityIds(),
                draft.subdistrictAdmin(), draft.enabled(), draft.temporaryPassword());
    }

    /** The communities and the sub-district choice, checked before anything changes. */
    private void checkScope(UserDraft draft) {
        Set<Long> scope = currentUser.communityIds();
        if (!scope.containsAll(draft.communityIds())) {
            throw new UserRefusedException("communityIds", "user.communities.outOfScope");
        }
        if (draft.communityIds().isEmpty() && !draft.subdistrictAdmin()) {
            throw new UserRefusedException("communityIds", "user.communities.empty");
        }
        if (draft.subdistrictAdmin() && (ownSubdistrict() == null || !draft.roles().contains(Role.ADMIN))) {
            throw new UserRefusedException("subdistrictAdmin", "user.subdistrict.notAllowed");
        }
    }

    private void apply(AppUser user, UserDraft draft) {
        user.setRoles(draft.roles());
        user.setCommunityIds(draft.communityIds());
        user.setSubdistrictId(draft.subdistrictAdmin() ? ownSubdistrict() : null);
    }

    /**
     * A user the current admin may manage: a sub-district admin of the admin's own sub-district, or a
     * user who works only in communities the admin works in. Anybody else looks like nobody.
     */
    private AppUser manageable(long userId) {
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        boolean manageable = user.getSubdistrictId() != null
                ? user.getSubdistrictId().equals(ownSubdistrict())
                : !user.getCommunityIds().isEmpty() && currentUser.communityIds().containsAll(user.getCommunityIds());
        if (!manageable) {
            throw new NotFoundException();
        }
        return user;
    }

    /**
     * Whether the admin may change the account: an admin account (other than their own) only when the admin
     * is a sub-district admin, since a community admin who could change another admin's account could take
     * it over (disable its owner, move it, make it theirs).
     */
    private static boolean mayEdit(AppUser user, AppUser actor) {
        return actor.isSubdistrictAdmin() || !user.getRoles().contains(Role.ADMIN) || user.id() == actor.id();
    }

    /**
     * Whether the admin may set a temporary password: for an admin account (even their own), only a
     * sub-district admin may.
     */
    private static boolean mayResetPassword(AppUser user, AppUser actor) {
        return actor.isSubdistrictAdmin() || !user.getRoles().contains(Role.ADMIN);
    }

    /**
     * A community admin's change of another admin's account: refused at the first field that would change;
     * saving the form unchanged changes nothing and is no refusal.
     */
    private static void refuseChangeOfAnAdmin(AppUser user, UserDraft draft) {
        String field = !draft.roles().equals(user.getRoles()) ? "roles"
                : !draft.communityIds().equals(user.getCommunityIds()) ? "communityIds"
                : draft.enabled() != user.isEnabled() ? "enabled"
                : draft.subdistrictAdmin() != user.isSubdistrictAdmin() ? "subdistrictAdmin"
                : !draft.displayName().equals(user.getDisplayName()) ? "displayName"
                : null;
        if (field != null) {
            throw new UserRefusedException(field, "user.admin.subdistrictOnly");
        }
    }

    private AppUser signedInAccount() {
        return users.findById(currentUser.require().id()).orElseThrow(NotFoundException::new);
    }

    private @Nullable Long ownSubdistrict() {
        return users.findById(currentUser.require().id()).map(AppUser::getSubdistrictId).orElse(null);
    }

    private List<Long> scopeParameter() {
        Set<Long> scope = currentUser.communityIds();
        return scope.isEmpty() ? List.of(-1L) : List.copyOf(scope);
    }

    private Long subdistrictParameter() {
        Long subdistrict = ownSubdistrict();
        return subdistrict == null ? -1L : subdistrict;
    }

    private static String pattern(String text) {
        return text.isBlank() ? "" : "%" + text.trim().toLowerCase() + "%";
    }

    /**
     * Used by the demo data and the first-admin set-up, which run before anybody signs in. Refused
     * whenever somebody (even an anonymous visitor) is in the security context, so that no screen can
     * use it to get around the checks of {@link #create}.
     */
    @Transactional
    @PreAuthorize("permitAll()") // before anybody can sign in; the check below refuses everybody who is signed in
    public long createInitialUser(String username, String displayName, String password, Set<Role> roles,
            Set<Long> communityIds, @Nullable Long subdistrictId, boolean mustChange) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new AccessDeniedException("initial users are created by the set-up only");
        }
        var user = new AppUser(username, displayName, encoder.encode(password), LocalDateTime.now(clock), null);
        if (!mustChange) {
            user.passwordChanged();
        }
        user.setRoles(roles);
        user.setCommunityIds(communityIds);
        user.setSubdistrictId(subdistrictId);
        users.save(user);
        audit.record("USER_CREATED", "user", user.id(), null, null, user.auditState());
        return user.id();
    }

    /** Says only whether the installation has been set up; asked before anybody can sign in. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean anyUserExists() {
        return users.count() > 0;
    }
}
