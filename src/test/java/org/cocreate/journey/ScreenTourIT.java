package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every screen, opened by the sub-district admin on a landscape and a portrait tablet: it shows its
 * title, no error, nothing wider than the screen, no Content-Security-Policy violation (BrowserJourney
 * collects them on every page), and leaves a screenshot in target/screenshots to look at.
 */
class ScreenTourIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,768,zh-CN", "768,1024,zh-CN", "1024,768,en"})
    void everyScreenOpensCleanlyOnATablet(int width, int height, String language) {
        long resident = jdbc.sql("select id from resident where name = '陈斌'").query(Long.class).single();
        long household = jdbc.sql("select household_id from resident where id = ?").param(resident)
                .query(Long.class).single();
        tour(DemoUsers.SUBDISTRICT_ADMIN, width, height, language, List.of("", "residents", "residents/import",
                "compounds", "organisations", "households/" + household, "residents/" + resident + "/card", "users",
                "communities", "audit", "password", "points/standard", "points/grant", "points/grant/bulk",
                "points/approvals", "points/notices", "points/leaderboard", "points/ledger-check", "points/settings",
                "points/residents/" + resident + "/statement", "points/households/" + household));

        // The exchange screens where the demo has its catalogue and its redemption day (another journey may
        // have closed that day: its screens must open either way).
        long session = jdbc.sql("select max(id) from redemption_session").query(Long.class).single();
        tour(DemoUsers.WENFENG_ADMIN, width, height, language, List.of("exchange/catalogue", "exchange/stock",
                "exchange/sessions", "exchange/counter/" + session, "exchange/sessions/" + session + "/report",
                "exchange/sessions/" + session + "/close"));
    }

    /**
     * The screens outside the tour's frame: the public page without signing in, and the print views, whose
     * print button still reaches the browser's print (executeJs under the Content-Security-Policy).
     */
    @Test
    void thePublicPageAndThePrintViewsWorkUnderTheContentSecurityPolicy() {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        long resident = jdbc.sql("select id from resident where name = '陈斌'").query(Long.class).single();
        long session = jdbc.sql("select max(id) from redemption_session").query(Long.class).single();
        page.navigate(url("public/points"));
        assertThat(page.locator("[data-testid='public-community-picker']")).isVisible();
        page.navigate(url("public/points/" + wenfeng));
        assertThat(page.locator("#public-notices")).isVisible();
        assertNoCspViolation("public/points");

        signIn(DemoUsers.SUBDISTRICT_ADMIN, DemoUsers.PASSWORD);
        printFrom("residents/" + resident + "/card", "card-print");
        printFrom("points/residents/" + resident + "/statement/print", "statement-print-print");
        context.close();
        context = newContext(1024, 768);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
        printFrom("exchange/sessions/" + session + "/report", "report-print");
    }

    private void printFrom(String route, String printButton) {
        page.navigate(url(route));
        Locator button = page.locator("[data-testid='" + printButton + "']");
        assertThat(button).isVisible();
        page.evaluate("() => { window.printed = 0; window.print = () => { window.printed++; }; }");
        button.click();
        page.waitForFunction("() => window.printed > 0");
        assertNoCspViolation(route);
    }

    private void tour(String user, int width, int height, String language, List<String> routes) {
        context.close();
        context = newContext(width, height);
        page = context.newPage();
        signIn(user, DemoUsers.PASSWORD);
        if (!language.equals("zh-CN")) {
            page.locator("[data-testid='lang-" + language + "']").click();
            assertThat(page.locator("vaadin-side-nav")).containsText("Grant points");
        }
        for (String route : routes) {
            page.navigate(url(route));
            assertThat(page.locator("header h1, .view-toolbar h1").first()).isVisible();
            assertThat(page.locator("vaadin-notification-card[theme~='error']")).hasCount(0);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(scrollWidth).as("%s fits the width of the screen", route).isLessThanOrEqualTo(width);
            assertNoCspViolation(route.isEmpty() ? "overview" : route);
            screenshot("tour-" + (route.isEmpty() ? "overview" : route.replaceAll("[/0-9]+", "-")
                    .replaceAll("-+$", "")) + "-" + width + "x" + height + "-" + language);
        }
        if (!language.equals("zh-CN")) {
            // Back to Chinese for the journeys that follow with the same user.
            page.navigate(url(""));
            page.locator("[data-testid='lang-zh-CN']").click();
            assertThat(page.locator("vaadin-side-nav")).containsText("发放积分");
        }
    }
}
