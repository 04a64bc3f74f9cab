package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.cocreate.DemoUsers;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each kind of navigation error in a real browser, as its users meet them: the app's own page in their
 * language, in the frame when signed in, never a class name or Vaadin's English "Could not navigate".
 * (The HTTP status is not visible here: Vaadin loads the page and then renders the route in a second
 * request that always answers 200; ErrorPagesTest checks the status each page answers with.)
 */
class ErrorPagesJourneyIT extends BrowserJourney {

    @Autowired
    UserService users;

    private void assertNothingTechnical() {
        String text = page.locator("body").innerText();
        Assertions.assertThat(text).doesNotContain("Exception", "Could not navigate", "There was an exception",
                "org.");
    }

    @Test
    void anUnknownAddressAndAForbiddenScreenAreTheAppsOwnPagesInChineseAndEnglish() {
        // Not signed in, a public address that does not exist: not found, with the way to the sign-in.
        page.navigate(url("public/points/not-a-community"));
        assertThat(page.locator("[data-testid='error-title']")).hasText("找不到这个页面");
        assertThat(page.locator("[data-testid='error-login']")).containsText("去登录");
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertNothingTechnical();
        screenshot("error-not-found-anonymous-zh-1024x768");
        page.locator("[data-testid='error-login']").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // Any other address sends an anonymous visitor to the sign-in (it tells nothing about the address);
        // after signing in, the unknown address is the not-found page in the frame, with the way home.
        page.navigate(url("no/such/page"));
        page.locator("vaadin-login-form input[name='username']").fill(DemoUsers.COUNTER);
        page.locator("vaadin-login-form input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("[data-testid='error-title']")).hasText("找不到这个页面");
        assertThat(page.locator("[data-testid='working-community']")).isVisible();
        assertNothingTechnical();
        page.locator("[data-testid='error-home']").click();
        assertThat(page.locator("[data-testid='error-title']")).hasCount(0);

        // A screen the counter's role may not open: said so, in the frame, 403.
        page.navigate(url("users"));
        assertThat(page.locator("[data-testid='error-title']")).hasText("无权打开这个页面");
        assertThat(page.locator("vaadin-side-nav")).containsText("工作台");
        assertNothingTechnical();
        screenshot("error-not-allowed-zh-1024x768");

        // In English.
        page.locator("[data-testid='lang-en']").click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Workbench");
        page.navigate(url("users"));
        assertThat(page.locator("[data-testid='error-title']")).hasText("Not allowed");
        assertThat(page.locator("[data-testid='error-text']")).containsText("Your account may not open this page");
        assertNothingTechnical();
        screenshot("error-not-allowed-en-1024x768");

        // Back to Chinese, so that other journeys of this user start as a new user would.
        page.locator("[data-testid='lang-zh-CN']").click();
        assertThat(page.locator("vaadin-side-nav")).containsText("工作台");
    }

    @Test
    void aUserWithoutACommunityIsToldWhomToAskInsteadOfAStackTrace() {
        String username = "nocommunity_" + System.nanoTime() % 1_000_000;
        RunAs.nobody(() -> users.createInitialUser(username, "新社工", DemoUsers.PASSWORD, Set.of(Role.WORKER),
                Set.of(), null, false));
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        page.setDefaultTimeout(30_000);

        signIn(username, DemoUsers.PASSWORD);

        assertThat(page.locator("[data-testid='error-title']")).hasText("还没有社区");
        assertThat(page.locator("[data-testid='error-text']")).containsText("请联系街道管理员为您分配社区");
        assertThat(page.locator("[data-testid='no-community-create']")).hasCount(0);
        assertNothingTechnical();
        page.navigate(url("points/leaderboard"));
        assertThat(page.locator("[data-testid='error-title']")).hasText("还没有社区");
        assertThat(page.locator("[data-testid='working-community']")).hasText("（未分配社区）");
        screenshot("error-no-community-zh-768x1024");
    }
}
