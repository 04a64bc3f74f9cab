package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.AuditEvent;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ServiceTest
class UserServiceTest {

    private static final String TEMPORARY = "Start2026go";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CommunityDirectory directory;
    @Autowired
    AppUserRepository repository;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;

    RunAs as;

    @BeforeEach
    void setUp() {
        as = new RunAs(userDetails);
    }

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    private static UserDraft draft(String username, Set<Long> communities, Role... roles) {
        return new UserDraft(username, "测试 " + username, Set.of(roles), communities, false, true, TEMPORARY);
    }

    /** A new WORKER of 文峰塔社区, created by its admin; returns the user name. */
    private String newWenfengWorker() {
        String username = unique("w");
        as.run(DemoUsers.WENFENG_ADMIN,
                () -> users.create(draft(username, Set.of(communityData.community("文峰塔社区")), Role.WORKER)));
        return username;
    }

    private long idOf(String username) {
        return repository.findByUsername(username).orElseThrow().id();
    }

    private Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(token);
    }

    private static String address() {
        return "192.0.2." + SEQUENCE.incrementAndGet() % 250 + "-" + unique("a");
    }

    private static UserRefusedException refusal(Throwable thrown) {
        return (UserRefusedException) thrown;
    }

    @Test
    void staffAreNamedByTheirDisplayNamesAndUnknownNamesAreLeftOut() {
        var names = as.get(DemoUsers.COUNTER, () -> users.displayNames(
                List.of(DemoUsers.WENFENG_ADMIN, DemoUsers.COUNTER, "nobody-by-this-name")));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                DemoUsers.WENFENG_ADMIN, "文峰塔管理员", DemoUsers.COUNTER, "兑换点志愿者"));
        assertThat(as.get(DemoUsers.COUNTER, () -> users.displayNames(List.of()))).isEmpty();
    }

    @Test
    void aBadUserNameNameOrNoRoleIsRefusedAtItsFieldAndCreatesNobody() {
        Set<Long> wenfeng = Set.of(communityData.community("文峰塔社区"));
        long before = repository.count();
        String tooLong = "u".repeat(UserDraft.USERNAME_MAX + 1);
        for (String username : List.of("ab", "有中文", "with space", "semi;colon", tooLong, "  ")) {
            assertRefused(() -> users.create(draft(username, wenfeng, Role.WORKER)),
                    "username", "user.username.invalid", UserDraft.USERNAME_MIN, UserDraft.USERNAME_MAX);
        }
        assertRefused(() -> users.create(draft(unique("blank"), wenfeng, Role.WORKER).withDisplayName(" ")),
                "displayName", "user.displayName.invalid", UserDraft.DISPLAY_NAME_MAX);
        assertRefused(() -> users.create(draft(unique("long"), wenfeng, Role.WORKER)
                        .withDisplayName("名".repeat(UserDraft.DISPLAY_NAME_MAX + 1))),
                "displayName", "user.displayName.invalid", UserDraft.DISPLAY_NAME_MAX);
        assertRefused(() -> users.create(draft(unique("norole"), wenfeng)), "roles", "user.roles.empty");

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anUpdateWithABlankNameOrNoRoleChangesNothing() {
        long id = idOf(newWenfengWorker());
        UserDraft before = as.get(DemoUsers.WENFENG_ADMIN, () -> users.load(id));

        assertRefused(() -> users.update(id, before.withDisplayName("").withEnabled(false)),
                "displayName", "user.displayName.invalid", UserDraft.DISPLAY_NAME_MAX);
        assertRefused(() -> users.update(id, before.withRoles(Set.of()).withDisplayName("改过的名字")),
                "roles", "user.roles.empty");

        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> users.load(id))).isEqualTo(before);
    }

    @Test
    void aUserNameIsTakenStrippedAndOfExactlyTheLimitAccepted() {
        Set<Long> wenfeng = Set.of(communityData.community("文峰塔社区"));
        String username = unique("max");
        username = username + "x".repeat(UserDraft.USERNAME_MAX - username.length());
        String exactly = username;

        long id = as.get(DemoUsers.WENFENG_ADMIN,
                () -> users.create(draft(" " + exactly + " ", wenfeng, Role.WORKER).withDisplayName("长名测试")));

        assertThat(repository.findById(id).orElseThrow().getUsername()).isEqualTo(exactly);
    }

    /** Runs {@code command} as the admin of 文峰塔社区 and checks that it is refused as said. */
    private void assertRefused(Runnable command, String field, String key, Object... arguments) {
        assertThatThrownBy(() -> as.run(DemoUsers.WENFENG_ADMIN, command))
                .isInstanceOfSatisfying(UserRefusedException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.arguments()).containsExactly(arguments);
                });
    }

    @Test
    void aWeakTemporaryPasswordIsRefusedWithItsMessageKeyAndCreatesNobody() {
        long wenfeng = communityData.community("文峰塔社区");
        String username = unique("weak");
        var cases = List.of(
                new String[] {"abc123", "password.length"},
                new String[] {"onlyletters", "password.letterAndDigit"},
                new String[] {"1234567890", "password.letterAndDigit"},
                new String[] {username, "password.notUsername"});
        for (String[] c : cases) {
            var draft = draft(username, Set.of(wenfeng), Role.WORKER).withTemporaryPassword(c[0]);
            assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN, () -> users.create(draft)))
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> {
                        assertThat(refusal(t).messageKey()).as(c[0]).isEqualTo(c[1]);
                        assertThat(refusal(t).field()).isEqualTo("temporaryPassword");
                    });
        }
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void aTakenUserNameIsRefusedWhateverItsCase() {
        long wenfeng = communityData.community("文峰塔社区");
        for (String taken : List.of(DemoUsers.WENFENG_WORKER, "WenFeng_Worker")) {
            assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN,
                    () -> users.create(draft(taken, Set.of(wenfeng), Role.WORKER))))
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> {
                        assertThat(refusal(t).messageKey()).isEqualTo("user.username.taken");
                        assertThat(refusal(t).field()).isEqualTo("username");
                    });
        }
        assertThat(repository.findByUsername("WenFeng_Worker")).isEmpty();
    }

    @Test
    void anAdminCannotAssignACommunityOutsideTheirScope() {
        long wenfeng = communityData.community("文峰塔社区");
        long daimoge = communityData.community("带谟阁社区");
        String outsider = unique("out");
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN,
                () -> users.create(draft(outsider, Set.of(wenfeng, daimoge), Role.WORKER))))
                .isInstanceOf(UserRefusedException.class)
                .satisfies(t -> {
                    assertThat(refusal(t).messageKey()).isEqualTo("user.communities.outOfScope");
                    assertThat(refusal(t).field()).isEqualTo("communityIds");
                });
        assertThat(repository.findByUsername(outsider)).isEmpty();

        String worker = newWenfengWorker();
        long id = idOf(worker);
        assertThatThrownBy(() -> as.run(DemoUsers.WENFENG_ADMIN, () -> {
            UserDraft widened = users.load(id).withCommunityIds(Set.of(wenfeng, daimoge));
            users.update(id, widened);
        })).isInstanceOf(UserRefusedException.class);
        assertThat(repository.findByUsername(worker).orElseThrow().getCommunityIds()).containsExactly(wenfeng);
        assertThat(as.get(DemoUsers.WENFENG_ADMIN, users::assignableCommunities))
                .extracting(CommunityRef::name).containsExactly("文峰塔社区");
    }

    @Test
    void aCommunityAdminNeitherSeesNorManagesAUserWhoAlsoWorksInAnotherCommunity() {
        // grid_worker works in 舜井道 and 文峰塔: resetting their password would open 舜井道 to 文峰塔's admin.
        long gridWorker = idOf(DemoUsers.GRID_WORKER);
        long subdistrictAdmin = idOf(DemoUsers.SUBDISTRICT_ADMIN);
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            assertThat(users.list("", 0, 500)).extracting(UserListEntry::username)
                    .contains(DemoUsers.WENFENG_WORKER, DemoUsers.COUNTER)
                    .doesNotContain(DemoUsers.GRID_WORKER, DemoUsers.SUBDISTRICT_ADMIN, DemoUsers.LONGMEN_WORKER);
            assertThat(users.count(DemoUsers.GRID_WORKER)).isZero();
            assertThatThrownBy(() -> users.load(gridWorker)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.resetPassword(gridWorker, "Taken2026over"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.load(subdistrictAdmin)).isInstanceOf(NotFoundException.class);
        });
        as.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            assertThat(users.list(DemoUsers.GRID_WORKER, 0, 10)).extracting(UserListEntry::username)
                    .containsExactly(DemoUsers.GRID_WORKER);
            assertThat(users.load(gridWorker).communityIds()).hasSize(2);
        });
        assertThat(encoder.matches(DemoUsers.PASSWORD,
                repository.findById(gridWorker).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void onlyASubdistrictAdminMakesSubdistrictAdminsAndOnlyWithTheAdminRole() {
        String username = unique("sub");
        var byCommunityAdmin = draft(username, Set.of(communityData.community("文峰塔社区")), Role.ADMIN)
                .withSubdistrictAdmin(true);
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN, () -> users.create(byCommunityAdmin)))
                .isInstanceOf(UserRefusedException.class)
                .satisfies(t -> assertThat(refusal(t).field()).isEqualTo("subdistrictAdmin"));

        var withoutAdminRole = draft(username, Set.of(), Role.WORKER).withSubdistrictAdmin(true);
        assertThatThrownBy(() -> as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> users.create(withoutAdminRole)))
                .isInstanceOf(UserRefusedException.class)
                .satisfies(t -> assertThat(refusal(t).messageKey()).isEqualTo("user.subdistrict.notAllowed"));
        assertThat(repository.findByUsername(username)).isEmpty();

        var proper = draft(username, Set.of(), Role.ADMIN).withSubdistrictAdmin(true);
        as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> users.create(proper));
        AppUser created = repository.findByUsername(username).orElseThrow();
        assertThat(created.getSubdistrictId())
                .isEqualTo(repository.findByUsername(DemoUsers.SUBDISTRICT_ADMIN).orElseThrow().getSubdistrictId());
        // Every community of the sub-district (other tests may have made another sub-district's).
        assertThat(as.get(username, () -> users.assignableCommunities())).hasSize((int) directory.all().stream()
                .filter(c -> java.util.Objects.equals(c.subdistrictId(), created.getSubdistrictId())).count());
    }

    @Test
    void anAdminCanNeitherDisableNorDemoteThemselves() {
        String admin = unique("adm");
        as.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> users.create(draft(admin, Set.of(communityData.community("文峰塔社区")), Role.ADMIN)));
        long id = idOf(admin);
        as.run(admin, () -> {
            UserDraft disabled = users.load(id).withEnabled(false);
            assertThatThrownBy(() -> users.update(id, disabled)).isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> assertThat(refusal(t).messageKey()).isEqualTo("user.cannotDisableSelf"));
            UserDraft demoted = users.load(id).withRoles(Set.of(Role.WORKER));
            assertThatThrownBy(() -> users.update(id, demoted)).isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> assertThat(refusal(t).messageKey()).isEqualTo("user.cannotDemoteSelf"));
        });
        AppUser unchanged = repository.findById(id).orElseThrow();
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignInAndLiftsTheHoldsOfTheName() {
        String worker = newWenfengWorker();
        long id = idOf(worker);
        as.run(worker, () -> {
            assertThat(users.mustChangePassword()).isTrue();
            users.changeOwnPassword(TEMPORARY, "Mine2026own");
            assertThat(users.mustChangePassword()).isFalse();
        });

        String attacker = address();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(worker, "guess" + System.nanoTime(), attacker))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> signIn(worker, "Mine2026own", attacker)).as("held where the guesses came from")
                .isInstanceOf(SignInHeldException.class);
        assertThat(signIn(worker, "Mine2026own", address()).isAuthenticated()).as("not elsewhere").isTrue();

        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            users.resetPassword(id, "Again2026tmp");
            assertThat(users.list(worker, 0, 10)).singleElement()
                    .satisfies(u -> assertThat(u.mustChangePassword()).isTrue());
        });
        assertThat(signIn(worker, "Again2026tmp", attacker).isAuthenticated()).as("the reset lifted the hold")
                .isTrue();
        assertThat(as.get(worker, users::mustChangePassword)).isTrue();
        AppUser reset = repository.findById(id).orElseThrow();
        assertThat(reset.getPasswordResetBy()).isEqualTo(DemoUsers.WENFENG_ADMIN);
        assertThat(reset.getPasswordResetAt()).isNotNull();
        assertThat(reset.getCreatedBy()).isEqualTo(DemoUsers.WENFENG_ADMIN);
    }

    @Test
    void aDisabledUserCannotSignInAndAnEnabledOneCan() {
        String worker = newWenfengWorker();
        long id = idOf(worker);
        assertThat(signIn(worker, TEMPORARY, address()).isAuthenticated()).isTrue();
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            UserDraft draft = users.load(id).withEnabled(false);
            users.update(id, draft);
        });
        assertThatThrownBy(() -> signIn(worker, TEMPORARY, address())).isInstanceOf(BadCredentialsException.class);
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            UserDraft draft = users.load(id).withEnabled(true);
            users.update(id, draft);
        });
        assertThat(signIn(worker, TEMPORARY, address()).isAuthenticated()).isTrue();
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndAGoodNewOne() {
        String worker = newWenfengWorker();
        as.run(worker, () -> {
            assertThatThrownBy(() -> users.changeOwnPassword("Wrong2026pw", "Mine2026own"))
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> {
                        assertThat(refusal(t).messageKey()).isEqualTo("password.currentWrong");
                        assertThat(refusal(t).field()).isEqualTo("currentPassword");
                    });
            assertThatThrownBy(() -> users.changeOwnPassword(TEMPORARY, TEMPORARY))
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> assertThat(refusal(t).messageKey()).isEqualTo("password.sameAsOld"));
            assertThatThrownBy(() -> users.changeOwnPassword(TEMPORARY, "short1"))
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> {
                        assertThat(refusal(t).messageKey()).isEqualTo("password.length");
                        assertThat(refusal(t).field()).isEqualTo("newPassword");
                    });
            assertThat(users.mustChangePassword()).isTrue();
            users.changeOwnPassword(TEMPORARY, "Mine2026own");
        });
        assertThat(encoder.matches("Mine2026own", repository.findByUsername(worker).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThatThrownBy(() -> signIn(worker, TEMPORARY, address())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void everyChangeOfAUserIsInTheAuditTrailWithWhoDidItAndNeverThePassword() {
        LocalDateTime start = LocalDateTime.now(clock).minusSeconds(1);
        String worker = newWenfengWorker();
        long id = idOf(worker);
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            UserDraft renamed = users.load(id).withDisplayName("改过的名字");
            users.update(id, renamed);
            users.resetPassword(id, "Reset2026tmp");
        });
        as.run(worker, () -> users.changeOwnPassword("Reset2026tmp", "Mine2026own"));

        List<AuditEvent> events = as.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> audit.find(List.of(), start, "user", 0, 1000)).stream()
                .filter(e -> String.valueOf(id).equals(e.getTargetId()))
                .toList().reversed();
        assertThat(events).extracting(AuditEvent::getAction)
                .containsExactly("USER_CREATED", "USER_UPDATED", "USER_PASSWORD_RESET", "PASSWORD_CHANGED");
        assertThat(events).extracting(AuditEvent::getActor).containsExactly(DemoUsers.WENFENG_ADMIN,
                DemoUsers.WENFENG_ADMIN, DemoUsers.WENFENG_ADMIN, worker);
        AuditEvent update = events.get(1);
        assertThat(update.getBeforeState()).contains("测试 " + worker);
        assertThat(update.getAfterState()).contains("改过的名字");
        assertThat(events).allSatisfy(e -> {
            assertThat(String.valueOf(e.getBeforeState()) + e.getAfterState())
                    .doesNotContain(TEMPORARY, "Reset2026tmp", "Mine2026own");
            assertThat(e.getCommunityId()).isNull();
        });
    }

    @Test
    void initialUsersAreForTheSetUpOnlyNotForSomebodySignedIn() {
        String username = unique("init");
        assertThatThrownBy(() -> as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> users.createInitialUser(username, "x",
                "Initial2026pw", Set.of(Role.ADMIN), Set.of(), null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername(username)).isEmpty();
        assertThatCode(() -> RunAs.nobody(() -> users.createInitialUser(username, "x", "Initial2026pw",
                Set.of(Role.WORKER), Set.of(communityData.community("文峰塔社区")), null, false))).doesNotThrowAnyException();
        assertThat(repository.findByUsername(username)).isPresent();
    }

    /**
     * The reproduction: 文峰塔's admin made a second admin account, signed in as it and approved their
     * own grant. Every way to an admin account of one's own is closed to a community admin.
     */
    @Test
    void aCommunityAdminCannotCreateElevateResetOrTakeOverAnAdminAccount() {
        long wenfeng = communityData.community("文峰塔社区");
        String second = unique("adm2");
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN,
                () -> users.create(draft(second, Set.of(wenfeng), Role.ADMIN, Role.WORKER))))
                .as("creating an admin").isInstanceOf(UserRefusedException.class)
                .satisfies(t -> {
                    assertThat(refusal(t).messageKey()).isEqualTo("user.admin.subdistrictOnly");
                    assertThat(refusal(t).field()).isEqualTo("roles");
                });
        assertThat(repository.findByUsername(second)).isEmpty();

        String worker = newWenfengWorker();
        long workerId = idOf(worker);
        assertThatThrownBy(() -> as.run(DemoUsers.WENFENG_ADMIN, () -> {
            UserDraft elevated = users.load(workerId).withRoles(Set.of(Role.WORKER, Role.ADMIN));
            users.update(workerId, elevated);
        })).as("making a worker an admin").isInstanceOf(UserRefusedException.class)
                .satisfies(t -> assertThat(refusal(t).field()).isEqualTo("roles"));
        assertThat(repository.findById(workerId).orElseThrow().getRoles()).containsExactly(Role.WORKER);

        // An admin of 文峰塔 made by the sub-district admin: only the sub-district admin manages it.
        String colleague = unique("adm3");
        as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> users.create(draft(colleague, Set.of(wenfeng), Role.ADMIN)));
        long colleagueId = idOf(colleague);
        String passwordHash = repository.findById(colleagueId).orElseThrow().getPasswordHash();
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            assertThatThrownBy(() -> users.resetPassword(colleagueId, "Taken2026over")).as("resetting its password")
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> {
                        assertThat(refusal(t).messageKey()).isEqualTo("user.admin.subdistrictOnly");
                        assertThat(refusal(t).field()).isEqualTo("temporaryPassword");
                    });
            UserDraft disabled = users.load(colleagueId).withEnabled(false);
            assertThatThrownBy(() -> users.update(colleagueId, disabled)).as("disabling it")
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> assertThat(refusal(t).field()).isEqualTo("enabled"));
            UserDraft demoted = users.load(colleagueId).withRoles(Set.of(Role.WORKER));
            assertThatThrownBy(() -> users.update(colleagueId, demoted)).as("changing its roles")
                    .isInstanceOf(UserRefusedException.class)
                    .satisfies(t -> assertThat(refusal(t).field()).isEqualTo("roles"));
            UserDraft unchanged = users.load(colleagueId);
            assertThatCode(() -> users.update(colleagueId, unchanged)).as("saving it unchanged changes nothing")
                    .doesNotThrowAnyException();
            assertThat(users.list(colleague, 0, 1)).singleElement().satisfies(u -> {
                assertThat(u.mayEdit()).isFalse();
                assertThat(u.mayResetPassword()).isFalse();
            });
            assertThat(users.list(worker, 0, 1)).singleElement().satisfies(u -> {
                assertThat(u.mayEdit()).isTrue();
                assertThat(u.mayResetPassword()).isTrue();
            });
        });
        AppUser untouched = repository.findById(colleagueId).orElseThrow();
        assertThat(untouched.getPasswordHash()).isEqualTo(passwordHash);
        assertThat(untouched.isEnabled()).isTrue();
        assertThat(untouched.getRoles()).containsExactly(Role.ADMIN);
        assertThat(untouched.getPasswordResetBy()).isNull();

        as.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            users.resetPassword(colleagueId, "Fresh2026tmp");
            UserDraft elevated = users.load(workerId).withRoles(Set.of(Role.WORKER, Role.ADMIN));
            users.update(workerId, elevated);
        });
        assertThat(repository.findById(colleagueId).orElseThrow().getPasswordResetBy())
                .isEqualTo(DemoUsers.SUBDISTRICT_ADMIN);
        assertThat(repository.findById(workerId).orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    void anAccountRemembersWhoCreatedItAndTheSetUpsAccountsHaveNoCreator() {
        String worker = newWenfengWorker();
        assertThat(repository.findByUsername(worker).orElseThrow().getCreatedBy()).isEqualTo(DemoUsers.WENFENG_ADMIN);
        assertThat(repository.findByUsername(DemoUsers.WENFENG_ADMIN).orElseThrow().getCreatedBy()).isNull();
        assertThat(repository.findByUsername(DemoUsers.SUBDISTRICT_ADMIN).orElseThrow().getCreatedBy()).isNull();
    }
}
