package org.cocreate.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real browser, driven by Playwright in Debian's Chromium (TestBench is commercial and not
 * served here, see README). Pages render on the client, so every step waits for an element, never for a
 * fixed time. The application under test is {@link BrowserJourney}'s, or one a journey starts itself.
 */
abstract class ChromiumJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    static Browser browser;

    /** The application's port: Spring's for a {@link BrowserJourney}, set by a journey that starts its own. */
    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // Assertions wait as long as page actions (30 s, below): on a shared build machine (load 15 on two
        // cores) the first opening of a screen in a fresh JVM took longer than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = headlessChromium(playwright);
    }

    /** The machine's Chromium (chromium.path, else /usr/bin/chromium), headless, without its background chatter. */
    static Browser headlessChromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        // An English browser: the product must still start in Chinese.
        context = newContext(1024, 768);
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    /**
     * A browser context that reports every Content-Security-Policy violation of its pages: the browser's
     * {@code securitypolicyviolation} events, and its console messages about the policy (a refused
     * {@code eval} shows there too).
     */
    BrowserContext newContext(int width, int height) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-US").setTimezoneId("Asia/Shanghai"));
        created.exposeBinding("cocreateCspViolation", (source, args) -> {
            cspViolations.add(source.page().url() + ": " + args[0]);
            return null;
        });
        created.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => window.cocreateCspViolation(
                    e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at '
                    + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')));
                """);
        created.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.page().url() + ": " + message.text());
            }
        });
        return created;
    }

    /** No page of the journey has broken the Content-Security-Policy so far. */
    void assertNoCspViolation(String where) {
        Assertions.assertThat(cspViolations).as("Content-Security-Policy violations (%s)", where).isEmpty();
    }

    @AfterEach
    void closeContext() {
        try {
            assertNoCspViolation("at the end of the journey");
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits for the signed-in frame. */
    void signIn(String username, String password) {
        signIn(page, username, password);
        page.locator("vaadin-app-layout").waitFor();
    }

    /** Signs in on another page (a second tablet, a projector) through the login form; waits for it to go. */
    void signIn(Page on, String username, String password) {
        on.navigate(url("login"));
        on.locator("vaadin-login-form input[name='username']").fill(username);
        on.locator("vaadin-login-form input[name='password']").fill(password);
        on.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        on.waitForURL(address -> !address.contains("/login"));
    }

    void screenshot(String name) {
        screenshot(page, name);
    }

    void screenshot(Page of, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        of.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
