package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocreate.DemoUsers;
import org.cocreate.security.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers every answer carries, over real HTTP: Vaadin's own pages (which reach Vaadin's servlet
 * through a forward), its UIDL endpoint, static files, redirects and error answers; the session cookie;
 * and redirects that never repeat a forged Host header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private RawHttp browser() {
        return new RawHttp(port, "localhost:" + port);
    }

    private RawHttp signedIn(String username) {
        RawHttp device = browser();
        Response answer = device.signIn(username, DemoUsers.PASSWORD);
        assertThat(answer.header("Location")).as("signed in").doesNotContain("/login");
        return device;
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        RawHttp anonymous = browser();
        RawHttp admin = signedIn(DemoUsers.SUBDISTRICT_ADMIN);
        Map<String, Response> pages = new LinkedHashMap<>();
        pages.put("the login page", anonymous.get("/login"));
        pages.put("the public page", anonymous.get("/public/points"));
        pages.put("a signed-in page", admin.get("/residents"));
        pages.put("the way to the login page", anonymous.get("/residents"));
        // A screen that does not exist is the app's not-found page, drawn by Vaadin in a page that loads (200).
        pages.put("a screen that does not exist", admin.get("/no-such-screen"));
        pages.put("an error: a file that does not exist", admin.get("/VAADIN/no-such-file.js"));
        Response init = admin.get("/?v-r=init&location=residents&query=");
        Map<String, Response> others = new LinkedHashMap<>();
        others.put("Vaadin's start of a screen", init);
        others.put("Vaadin's UIDL endpoint", admin.post("/?v-r=uidl&v-uiId=" + find(UI_ID, init.body()),
                "application/json; charset=UTF-8", "{\"csrfToken\":\"" + find(SECURITY_KEY, init.body())
                        + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"));
        Response stylesheet = anonymous.get("/cocreate/styles.css");
        others.put("a static file", stylesheet);

        assertThat(pages.get("the login page").status()).isEqualTo(200);
        assertThat(pages.get("a signed-in page").status()).isEqualTo(200);
        assertThat(pages.get("a screen that does not exist").status()).isEqualTo(200);
        assertThat(pages.get("an error: a file that does not exist").status()).isGreaterThanOrEqualTo(400);
        assertThat(others.get("Vaadin's UIDL endpoint").status()).isEqualTo(200);
        assertThat(stylesheet.status()).isEqualTo(200);
        pages.forEach((what, answer) -> {
            assertSecurityHeaders(what, answer);
            assertThat(answer.header("Cache-Control")).as("Cache-Control of %s", what).contains("no-store");
        });
        others.forEach(this::assertSecurityHeaders);
        assertThat(stylesheet.header("Cache-Control")).as("a static file may be kept").doesNotContain("no-store");
    }

    private void assertSecurityHeaders(String what, Response answer) {
        assertThat(answer.header("X-Content-Type-Options")).as("X-Content-Type-Options of %s", what)
                .isEqualTo("nosniff");
        assertThat(answer.header("Strict-Transport-Security")).as("HSTS of %s", what).startsWith("max-age=31536000");
        assertThat(answer.header("Referrer-Policy")).as("Referrer-Policy of %s", what).isEqualTo("same-origin");
        assertThat(answer.header("X-Frame-Options")).as("X-Frame-Options of %s", what).isEqualTo("DENY");
        String policy = answer.header("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy of %s", what).isNotNull()
                .isEqualTo(SecurityHeaders.policy(find(NONCE, policy)))
                .startsWith("default-src 'self'; script-src 'self' 'nonce-")
                .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'", "*", "http:", "https:");
    }

    @Test
    void vaadinsPageRunsOnlyTheInlineScriptsThatCarryTheNonceOfItsPolicy() {
        Response first = browser().get("/login");
        Response second = browser().get("/login");
        String nonce = find(NONCE, first.header("Content-Security-Policy"));
        assertThat(nonce).as("a new nonce for every answer")
                .isNotEqualTo(find(NONCE, second.header("Content-Security-Policy")));
        List<String> scripts = new ArrayList<>();
        Matcher script = Pattern.compile("<script[^>]*>").matcher(first.body());
        while (script.find()) {
            scripts.add(script.group());
        }
        assertThat(scripts).hasSizeGreaterThan(3)
                .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndNeverInAUrl() {
        RawHttp device = browser();
        Response page = device.get("/login");
        Response signedIn = device.signIn(DemoUsers.SUBDISTRICT_ADMIN, DemoUsers.PASSWORD);
        for (Response answer : List.of(page, signedIn)) {
            assertThat(answer.all("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement().satisfies(cookie -> assertThat(cookie).contains("; HttpOnly", "; SameSite=Lax"));
        }
        assertThat(browser().get("/VAADIN/push").header("Location")).doesNotContain("jsessionid");
    }

    @Test
    void aForgedHostHeaderNeverComesBackInARedirect() {
        RawHttp device = new RawHttp(port, "evil.example");
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("to the login page", device.get("/residents").header("Location"));
        locations.put("a login without its page's token (LoginCsrfFilter)",
                device.post("/login", "application/x-www-form-urlencoded", "username=admin&password=x")
                        .header("Location"));
        locations.put("a wrong password", device.signIn(DemoUsers.SUPERVISOR, "Wrong2026pw").header("Location"));
        locations.put("back to the page first asked for", device.signIn(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD)
                .header("Location"));

        assertThat(locations).allSatisfy((what, location) -> assertThat(location).as(what).isNotNull()
                .startsWith("/").doesNotContain("evil.example"));
        assertThat(locations).containsEntry("to the login page", "/login")
                .containsEntry("a login without its page's token (LoginCsrfFilter)", "/login?error")
                .containsEntry("a wrong password", "/login?error");
        assertThat(locations.get("back to the page first asked for")).startsWith("/residents");
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
