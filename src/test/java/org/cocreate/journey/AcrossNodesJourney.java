package org.cocreate.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole sub-district: two app nodes on one PostgreSQL ({@link TwoNodes}, shared by every such journey of
 * the test run) and Chromium tablets signed in on either. Live screens prove here that what one tablet does
 * on node A shows on a tablet of node B without a reload (PostgreSQL NOTIFY between the nodes, Push to the
 * tablet).
 */
@ExtendWith(TwoNodes.Shared.class)
abstract class AcrossNodesJourney {

    static TwoNodes nodes;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start(TwoNodes started) {
        nodes = started;
        // As ChromiumJourney launches it (which starts an app of its own, so it is not extended here).
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = ChromiumJourney.headlessChromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A landscape tablet in Shanghai. */
    static BrowserContext tablet() {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale("en-US").setTimezoneId("Asia/Shanghai"));
        tablet.setDefaultTimeout(30_000);
        return tablet;
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + TwoNodes.port(node) + "/" + path;
    }

    static void signIn(Page page, ConfigurableApplicationContext node, String username) {
        page.navigate(url(node, "login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("vaadin-app-layout").waitFor();
    }

    static void screenshot(Page page, String name) throws IOException {
        Files.createDirectories(BrowserJourney.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
