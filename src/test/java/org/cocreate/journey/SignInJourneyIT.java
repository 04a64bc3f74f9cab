package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Test;

class SignInJourneyIT extends BrowserJourney {

    @Test
    void aWorkerSignsInInChineseOnAnEnglishBrowserAndSwitchesToEnglish() {
        page.navigate(url(""));
        // Not signed in: the login page, in Chinese although the browser asks for English.
        assertThat(page.locator("vaadin-login-form")).containsText("登录");
        assertThat(page.locator(".login-subtitle")).hasText("美好环境与幸福生活共同缔造");
        // The page declares the language it shows, not the browser's.
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        screenshot("login-zh-1024x768");

        signIn(DemoUsers.DAIMO_WORKER, DemoUsers.PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).containsText("工作台");
        assertThat(page.locator("[data-testid='working-community']")).containsText("带谟阁社区");
        assertThat(page.locator("[data-testid='workbench-figure-coverage']")).containsText("六项全覆盖的小区");
        screenshot("overview-zh-1024x768");

        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

        page.locator("[data-testid='lang-en']").click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Workbench");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("[data-testid='workbench-figure-coverage']")).containsText("Compounds with all six covered");

        // The choice stays with the user: a new device (a fresh browser context) opens in English after sign-in.
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.DAIMO_WORKER, DemoUsers.PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).containsText("Workbench");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("overview-en-768x1024");

        // Back to Chinese, so that other journeys of this user start as a new user would.
        page.locator("vaadin-drawer-toggle").first().click();
        page.locator("[data-testid='lang-zh-CN']").click();
        assertThat(page.locator("vaadin-side-nav")).containsText("工作台");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
    }

    @Test
    void aWrongPasswordGetsOneGenericMessageInChinese() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(DemoUsers.COUNTER);
        page.locator("vaadin-login-form input[name='password']").fill("wrong-password-1");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
        // The name stays; only the password is typed again, and the focus is there already.
        assertThat(page.locator("vaadin-login-form input[name='username']")).hasValue(DemoUsers.COUNTER);
        assertThat(page.locator("vaadin-login-form input[name='password']")).hasValue("");
        assertThat(page.locator("vaadin-login-form input[name='password']")).isFocused();
        page.keyboard().type(DemoUsers.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("[data-testid='working-community']")).isVisible();
    }

    @Test
    void aHeldSignInSaysOnTheTabletInHowManyMinutesToTryAgain() {
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        // A name without an account: it is held like any other, so the page reveals nothing about it.
        for (int i = 1; i <= 5; i++) {
            page.navigate(url("login"));
            page.locator("vaadin-login-form input[name='username']").fill("held_journey");
            page.locator("vaadin-login-form input[name='password']").fill("wrong-password-" + i);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            assertThat(page.locator("vaadin-login-form"))
                    .containsText(i < 5 ? "用户名或密码不正确" : "这个账户从这里的登录已暂停，请 1 分钟后再试；在其他地方登录不受影响。");
            assertThat(page.locator("vaadin-login-form input[name='username']")).hasValue("held_journey");
        }
        screenshot("login-held-zh-768x1024");
    }
}
