package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in over real HTTP, as the browser's login form does it: the page first (session and CSRF token),
 * then the form POST. Each test comes from addresses of its own (X-Forwarded-For, which the server
 * believes from the proxy this test names: localhost) and uses users of its own, so that the locks of one
 * test do not touch another. A clock of its own (this class has its own Spring context and database) lets
 * a lock expire without waiting fifteen minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "COCREATE_TRUSTED_PROXY=127.0.0.1/32, ::1/128")
@ActiveProfiles({"demo", "test"})
class LoginLockoutTest {

    private static final String PASSWORD = "Right2026pw";
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
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
        String username = "login" + SEQUENCE.incrementAndGet();
        long wenfeng = directory.all().stream().filter(c -> c.name().equals("文峰塔社区")).findFirst().orElseThrow().id();
        RunAs.nobody(() -> users.createInitialUser(username, "登录测试", PASSWORD, Set.of(Role.WORKER), Set.of(wenfeng),
                null, false));
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

    @Test
    void fiveWrongPasswordsLockTheNameSoEvenTheRightPasswordIsRefusedForFifteenMinutes() {
        String user = newUser();
        String attacker = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(new Device(attacker).signIn(user, "Guess2026no" + i)).as("wrong password %d", i)
                    .isEqualTo(refused);
        }
        assertThat(new Device(attacker).signIn(user, PASSWORD)).as("right password, locked").isEqualTo(refused);
        String office = newAddress();
        assertThat(new Device(office).signIn(user, PASSWORD)).as("from another address: the name is locked")
                .isEqualTo(refused);

        clock.advance(Duration.ofMinutes(14));
        assertThat(new Device(office).signIn(user, PASSWORD)).as("14 minutes later").isEqualTo(refused);

        clock.advance(Duration.ofMinutes(2));
        var device = new Device(office);
        Answer answer = device.signIn(user, PASSWORD);
        assertThat(answer.signedIn()).as("16 minutes later: %s", answer).isTrue();
        assertThat(device.get("/").statusCode()).as("the session is signed in").isEqualTo(200);

        List<String> actions = actionsOf(user);
        assertThat(actions).filteredOn("LOGIN_FAILED"::equals).hasSize(5);
        assertThat(actions).contains("LOGIN_LOCKED");
        assertThat(actions).filteredOn("LOGIN_REFUSED_LOCKED"::equals).hasSize(3);
        assertThat(actions).last().isEqualTo("LOGIN");
        assertThat(readAudit(user)).filteredOn(e -> "LOGIN_FAILED".equals(e.getAction()))
                .allSatisfy(e -> assertThat(e.getRemoteAddr()).isEqualTo(attacker));
    }

    @Test
    void aLockedNameAWrongPasswordAnUnknownNameAndADisabledAccountAllGetTheSameAnswer() {
        String locked = newUser();
        String lockingAddress = newAddress();
        for (int i = 1; i <= 5; i++) {
            new Device(lockingAddress).signIn(locked, "Guess2026no" + i);
        }
        String disabled = newUser();
        new RunAs(userDetails).run(DemoUsers.WENFENG_ADMIN, () -> {
            long id = users.list(disabled, 0, 1).getFirst().id();
            UserDraft draft = users.load(id);
            draft.setEnabled(false);
            users.update(id, draft);
        });

        Answer lockedAnswer = new Device(newAddress()).signIn(locked, PASSWORD);
        Answer wrongPassword = new Device(newAddress()).signIn(newUser(), "Wrong2026pw");
        Answer unknownName = new Device(newAddress()).signIn("nobody" + SEQUENCE.incrementAndGet(), PASSWORD);
        Answer disabledAccount = new Device(newAddress()).signIn(disabled, PASSWORD);

        assertThat(List.of(lockedAnswer, wrongPassword, unknownName, disabledAccount)).containsOnly(refused);
        assertThat(new Device(newAddress()).signIn(newUser(), PASSWORD).signedIn()).as("and a good sign-in works")
                .isTrue();
    }

    @Test
    void fiveFailuresFromOneAddressLockTheAddressForEveryName() {
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            String name = i % 2 == 0 ? newUser() : "unknown" + SEQUENCE.incrementAndGet();
            assertThat(new Device(address).signIn(name, "Guess2026no" + i)).isEqualTo(refused);
        }
        String innocent = newUser();
        assertThat(new Device(address).signIn(innocent, PASSWORD)).as("any name from the locked address")
                .isEqualTo(refused);
        assertThat(new Device(newAddress()).signIn(innocent, PASSWORD).signedIn()).as("the same name elsewhere")
                .isTrue();
        assertThat(readAudit("login_locked"))
                .anyMatch(e -> ("addr:" + address).equals(e.getAfterState()));
        assertThat(actionsOf(innocent)).containsExactly("LOGIN_REFUSED_LOCKED", "LOGIN");
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
