package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocreate.Application;
import org.cocreate.DemoUsers;
import org.cocreate.base.AuditEvent;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in throttling (LoginThrottle) over real HTTP, as the browser's login form does it: the page first
 * (session and CSRF token), then the form POST. Each test comes from addresses of its own (X-Forwarded-For,
 * which the server trusts from a local proxy) and uses users of its own, so that the holds of one test do
 * not touch another. A clock of its own (this class has its own Spring context and database) lets a hold
 * end without waiting for it. The answer to a held sign-in is the answer to a wrong password (the login
 * page tells them apart from the session: LoginViewTest), so the audit trail shows which it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "COCREATE_TRUSTED_PROXY=127.0.0.1/32, ::1/128")
@ActiveProfiles({"demo", "test"})
class LoginLockoutTest {

    private static final String PASSWORD = "Right2026pw";
    private static final String WENFENG = "文峰塔社区";
    private static final String LONGMEN = "龙门街社区";
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The system clock, moved forward on demand. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
        private final ZoneId zone;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void advance(Duration duration) {
            offset.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Application.ZONE);
        }
    }

    /** What the server answers a sign-in: a redirect, to the app or back to the login page. */
    record Answer(int status, String location, String body) {
        boolean signedIn() {
            return status == 302 && !location.contains("/login");
        }
    }

    /** One device: its own cookies (session), its own address. */
    final class Device {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address;

        Device(String address) {
            this.address = address;
        }

        Answer signIn(String username, String password) {
            String page = get("/login").body();
            Matcher token = TOKEN.matcher(page);
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            return post(username, password, token.group(1));
        }

        Answer post(String username, String password, String token) {
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + (token.isEmpty() ? "" : "&_csrf=" + encode(token));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.body());
        }

        /** The value of a cookie the browser keeps, or an empty string. */
        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        /** Ends the session (as signing out does) and keeps the other cookies. */
        void signOut() {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).toList()
                    .forEach(c -> cookies.getCookieStore().remove(null, c));
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.header("X-Forwarded-For", address).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    CommunityDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    MovableClock clock;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LoginHoldService holds;

    private LocalDateTime start;
    private Answer refused;

    @BeforeEach
    void setUp() {
        start = LocalDateTime.now(clock).minusSeconds(1);
        refused = new Answer(302, "/login?error", "");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String newAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10.77." + n / 250 + "." + (n % 250 + 1);
    }

    private String newUser() {
        return newUser(WENFENG);
    }

    private String newUser(String communityName) {
        String username = "login" + SEQUENCE.incrementAndGet();
        long community = directory.all().stream().filter(c -> c.name().equals(communityName)).findFirst()
                .orElseThrow().id();
        RunAs.nobody(() -> users.createInitialUser(username, "登录测试", PASSWORD, Set.of(Role.WORKER),
                Set.of(community), null, false));
        return username;
    }

    /** The audit trail since the test started, read as an admin (reading it is for admins). */
    private List<AuditEvent> readAudit(String text) {
        return new RunAs(userDetails).get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> audit.find(List.of(), start, text, 0, 500));
    }

    private List<String> actionsOf(String actor) {
        return readAudit(actor).stream()
                .filter(e -> actor.equals(e.getActor())).map(AuditEvent::getAction).toList().reversed();
    }

    /** Wrong passwords from the address until 20 have been counted, waiting out each delay as an attacker would. */
    private void twentyFailures(String user, Device attacker) {
        for (int i = 1; i <= 20; i++) {
            if (i > 1) {
                clock.advance(Duration.ofMinutes(16));
            }
            assertThat(attacker.signIn(user, "Guess2026no" + i)).as("guess %d", i).isEqualTo(refused);
        }
    }

    @Test
    void anAttackersTwentyFailuresForAUserFromOneAddressDoNotKeepTheUserOutFromAnother() {
        var attacker = new Device(newAddress());
        twentyFailures(DemoUsers.WENFENG_WORKER, attacker);
        assertThat(actionsOf(DemoUsers.WENFENG_WORKER)).filteredOn("LOGIN_FAILED"::equals).hasSize(20);
        assertThat(attacker.signIn(DemoUsers.WENFENG_WORKER, "Guess2026no21")).isEqualTo(refused);
        assertThat(actionsOf(DemoUsers.WENFENG_WORKER)).last().as("held where the guesses come from")
                .isEqualTo("LOGIN_REFUSED_HELD");

        var office = new Device(newAddress());
        Answer answer = office.signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        assertThat(answer.signedIn()).as("the worker from the office, at once: %s", answer).isTrue();
        assertThat(office.get("/").statusCode()).as("the session is signed in").isEqualTo(200);
        assertThat(actionsOf(DemoUsers.WENFENG_WORKER)).last().isEqualTo("LOGIN");
    }

    @Test
    void mistakesHoldTheNameFromThatAddressForAGrowingTimeAndOnlyThere() {
        String user = newUser();
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            assertThat(new Device(address).signIn(user, "Guess2026no" + i)).isEqualTo(refused);
        }
        assertThat(actionsOf(user)).doesNotContain("LOGIN_HELD");
        assertThat(new Device(address).signIn(user, "Guess2026no5")).isEqualTo(refused);
        assertThat(new Device(address).signIn(user, PASSWORD)).as("held after the 5th failure").isEqualTo(refused);

        clock.advance(Duration.ofSeconds(61));
        assertThat(new Device(address).signIn(user, "Guess2026no6")).as("a minute later, the 6th").isEqualTo(refused);
        clock.advance(Duration.ofSeconds(61));
        assertThat(new Device(address).signIn(user, PASSWORD)).as("now held for two minutes").isEqualTo(refused);
        clock.advance(Duration.ofSeconds(60));
        assertThat(new Device(address).signIn(user, PASSWORD).signedIn()).as("after two minutes").isTrue();

        assertThat(actionsOf(user)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_HELD", "LOGIN_REFUSED_HELD", "LOGIN_FAILED", "LOGIN_HELD",
                "LOGIN_REFUSED_HELD", "LOGIN");
        assertThat(readAudit(user)).filteredOn(e -> "LOGIN_HELD".equals(e.getAction()))
                .extracting(AuditEvent::getAfterState)
                .allSatisfy(s -> assertThat(s).contains("scope=NAME, address=" + address));
    }

    @Test
    void severalUsersMistypingOnOneSharedAddressDoNotHoldAnotherUserThere() {
        String wifi = newAddress();
        List<String> staff = List.of(newUser(), newUser(), newUser(), newUser(), newUser(), newUser());
        for (String user : staff) {
            for (int i = 1; i <= 4; i++) {
                assertThat(new Device(wifi).signIn(user, "Typo2026no" + i)).isEqualTo(refused);
            }
        }
        assertThat(new Device(wifi).signIn(newUser(), PASSWORD).signedIn()).as("24 typos of six users, then another")
                .isTrue();
        for (String user : staff) {
            assertThat(new Device(wifi).signIn(user, PASSWORD).signedIn()).as(user).isTrue();
        }
    }

    @Test
    void aPasswordSprayFromASharedAddressIsSlowedButTheTabletsOfItsStaffKeepWorking() {
        String wifi = newAddress();
        String staff = newUser();
        var tablet = new Device(wifi);
        assertThat(tablet.signIn(staff, PASSWORD).signedIn()).isTrue();
        assertThat(tablet.cookie(TrustedDevices.COOKIE)).as("the tablet is remembered for the name").isNotEmpty();

        // A few guesses each for many names: the per-name count never sees it, the address does.
        for (int i = 1; i <= 30; i++) {
            String name = i % 3 == 0 ? newUser() : "spray" + SEQUENCE.incrementAndGet();
            assertThat(new Device(wifi).signIn(name, "Summer2026")).isEqualTo(refused);
        }
        String newcomer = newUser();
        assertThat(new Device(wifi).signIn(newcomer, PASSWORD)).as("a browser new to the name waits")
                .isEqualTo(refused);
        assertThat(actionsOf(newcomer)).containsExactly("LOGIN_REFUSED_HELD");

        tablet.signOut();
        assertThat(tablet.signIn(staff, PASSWORD).signedIn()).as("the staff's own tablet").isTrue();
        assertThat(new Device(newAddress()).signIn(newcomer, PASSWORD).signedIn()).as("the newcomer elsewhere")
                .isTrue();
        assertThat(readAudit("login_held"))
                .anyMatch(e -> String.valueOf(e.getAfterState()).startsWith("scope=ADDRESS, address=" + wifi));
    }

    @Test
    void aHeldNameAWrongPasswordAnUnknownNameAndADisabledAccountAllGetTheSameAnswer() {
        String held = newUser();
        String heldUnknown = "nobody" + SEQUENCE.incrementAndGet();
        String holdingAddress = newAddress();
        for (int i = 1; i <= 5; i++) {
            new Device(holdingAddress).signIn(held, "Guess2026no" + i);
            new Device(holdingAddress).signIn(heldUnknown, "Guess2026no" + i);
        }
        String disabled = newUser();
        new RunAs(userDetails).run(DemoUsers.WENFENG_ADMIN, () -> {
            long id = users.list(disabled, 0, 1).getFirst().id();
            UserDraft draft = users.load(id).withEnabled(false);
            users.update(id, draft);
        });

        Answer heldAnswer = new Device(holdingAddress).signIn(held, PASSWORD);
        Answer heldUnknownAnswer = new Device(holdingAddress).signIn(heldUnknown, PASSWORD);
        Answer wrongPassword = new Device(newAddress()).signIn(newUser(), "Wrong2026pw");
        Answer unknownName = new Device(newAddress()).signIn("nobody" + SEQUENCE.incrementAndGet(), PASSWORD);
        Answer disabledAccount = new Device(newAddress()).signIn(disabled, PASSWORD);

        assertThat(List.of(heldAnswer, heldUnknownAnswer, wrongPassword, unknownName, disabledAccount))
                .containsOnly(refused);
        assertThat(actionsOf(held)).last().isEqualTo("LOGIN_REFUSED_HELD");
        assertThat(actionsOf(heldUnknown)).as("a name without an account is held alike")
                .containsSubsequence("LOGIN_HELD", "LOGIN_REFUSED_HELD");
        assertThat(new Device(newAddress()).signIn(newUser(), PASSWORD).signedIn()).as("and a good sign-in works")
                .isTrue();
    }

    @Test
    void anAdminUnlocksAHeldUserOfTheirCommunityButNoOtherAndTheSubdistrictAdminAnyone() {
        String address = newAddress();
        String wenfengUser = newUser();
        String longmenUser = newUser(LONGMEN);
        for (int i = 1; i <= 5; i++) {
            new Device(address).signIn(wenfengUser, "Guess2026no" + i);
            new Device(address).signIn(longmenUser, "Guess2026no" + i);
        }
        var as = new RunAs(userDetails);
        as.run(DemoUsers.WENFENG_ADMIN, () -> {
            assertThat(holds.held()).extracting(HeldSignIn::username).contains(wenfengUser)
                    .doesNotContain(longmenUser);
            assertThat(holds.held()).filteredOn(h -> wenfengUser.equals(h.username())).singleElement()
                    .satisfies(h -> {
                        assertThat(h.address()).isEqualTo(address);
                        assertThat(h.failures()).isEqualTo(5);
                        assertThat(h.displayName()).isEqualTo("登录测试");
                    });
            assertThatThrownBy(() -> holds.unlock(longmenUser)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> holds.unlockAddress(address)).isInstanceOf(AccessDeniedException.class);
            holds.unlock(wenfengUser);
            assertThat(holds.held()).extracting(HeldSignIn::username).doesNotContain(wenfengUser);
        });
        assertThat(new Device(address).signIn(wenfengUser, PASSWORD).signedIn()).as("unlocked").isTrue();
        assertThat(new Device(address).signIn(longmenUser, PASSWORD)).as("still held").isEqualTo(refused);

        as.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            assertThat(holds.held()).extracting(HeldSignIn::username).contains(longmenUser);
            holds.unlock(longmenUser.toUpperCase(java.util.Locale.ROOT));
        });
        assertThat(new Device(address).signIn(longmenUser, PASSWORD).signedIn()).isTrue();
        assertThat(readAudit("login_unlocked")).extracting(AuditEvent::getActor)
                .contains(DemoUsers.WENFENG_ADMIN, DemoUsers.SUBDISTRICT_ADMIN);
    }

    @Test
    void theLoginFormMustCarryTheTokenOfItsPage() {
        String user = newUser();
        var device = new Device(newAddress());
        device.get("/login");
        assertThat(device.post(user, PASSWORD, "")).as("no token").isEqualTo(refused);
        assertThat(device.post(user, PASSWORD, "forged-token")).as("a made-up token").isEqualTo(refused);
        assertThat(actionsOf(user)).as("refused before the password is even checked").isEmpty();
        assertThat(device.signIn(user, PASSWORD).signedIn()).isTrue();
        assertThat(actionsOf(user)).containsExactly("LOGIN");
    }
}
