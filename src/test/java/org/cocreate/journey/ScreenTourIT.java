package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
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

    /**
     * The visible elements whose right edge is past the screen's, unless they sit in something that shows
     * it scrolls sideways (an element with overflow-x auto or scroll, or a grid, which scrolls its columns).
     * The walk goes up through slots and shadow roots, as the browser lays them out.
     */
    private static final String WIDER_THAN_THE_SCREEN = """
            () => {
              const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() || {}).host || null;
              const scrolls = e => {
                for (let p = up(e); p; p = up(p)) {
                  if (p.tagName === 'VAADIN-GRID') return true;
                  const overflow = getComputedStyle(p).overflowX;
                  if (overflow === 'auto' || overflow === 'scroll') return true;
                }
                return false;
              };
              const found = [];
              for (const e of document.body.querySelectorAll('*')) {
                const box = e.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || e.checkVisibility && !e.checkVisibility()) continue;
                if (box.right > window.innerWidth + 1 && box.left < window.innerWidth && !scrolls(e)) {
                  found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
                      + (e.textContent || '').trim().slice(0, 30) + '" right=' + Math.round(box.right));
                }
              }
              return found;
            }
            """;

    /**
     * The visible controls smaller than 44×44 px, the least a finger hits reliably (WCAG 2.5.5); a link in
     * a running sentence is exempt, as WCAG allows, when its line is the sentence's.
     */
    private static final String SMALLER_THAN_A_FINGER = """
            () => {
              const controls = 'a[href], button, vaadin-button, vaadin-checkbox, vaadin-radio-button, '
                  + 'vaadin-side-nav-item, vaadin-drawer-toggle, vaadin-tab, vaadin-menu-bar-button';
              const found = [];
              for (const e of document.body.querySelectorAll(controls)) {
                const box = e.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || e.checkVisibility && !e.checkVisibility()) continue;
                if (box.bottom < 0 || box.top > window.innerHeight * 4) continue;
                if (box.width < 43.5 || box.height < 43.5) {
                  found.push(e.tagName.toLowerCase() + (e.getAttribute('data-testid') ? '[' + e.getAttribute('data-testid') + ']' : '')
                      + ' "' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 20) + '" '
                      + Math.round(box.width) + '×' + Math.round(box.height));
                }
              }
              return found;
            }
            """;

    @Autowired
    JdbcClient jdbc;

    /**
     * On a Chinese screen, the English a screen reader would read or a tooltip show: labels, titles and
     * placeholders anywhere, and the texts inside the components' own shadow trees (Vaadin's defaults such
     * as "Show password" or "More options"). The page's own light text is left out: it holds data (user names,
     * a standard's notes). Words that are the same in Chinese screens are allowed.
     */
    private static final String ENGLISH_ON_A_CHINESE_SCREEN = """
            () => {
              const allowed = /^(English|Excel|CSV|xlsx|csv|GBK|UTF)$/;
              const english = text => (text.match(/[A-Za-z]{3,}/g) || []).some(word => !allowed.test(word));
              const found = new Set();
              const visit = (root, inShadow) => {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
                for (let n = walker.currentNode; n; n = walker.nextNode()) {
                  if (n.nodeType === Node.TEXT_NODE) {
                    const parent = n.parentElement;
                    if (inShadow && parent && !['STYLE', 'SCRIPT'].includes(parent.tagName) && english(n.textContent)) {
                      found.add(parent.tagName.toLowerCase() + ' text "' + n.textContent.trim().slice(0, 40) + '"');
                    }
                    continue;
                  }
                  for (const attribute of ['aria-label', 'title', 'placeholder']) {
                    const value = n.getAttribute && n.getAttribute(attribute);
                    if (value && english(value)) {
                      found.add(n.tagName.toLowerCase() + ' ' + attribute + ' "' + value.slice(0, 40) + '"');
                    }
                  }
                  if (n.shadowRoot) visit(n.shadowRoot, true);
                }
              };
              visit(document.body, false);
              return Array.from(found);
            }
            """;

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024,768,zh-CN", "768,1024,zh-CN", "1024,768,en", "768,1024,en"})
    void everyScreenOpensCleanlyOnATablet(int width, int height, String language) {
        long resident = jdbc.sql("select id from resident where name = '陈斌'").query(Long.class).single();
        long household = jdbc.sql("select household_id from resident where id = ?").param(resident)
                .query(Long.class).single();
        long proposal = jdbc.sql("select min(id) from proposal").query(Long.class).single();
        long meeting = jdbc.sql("select min(id) from meeting").query(Long.class).single();
        tour(DemoUsers.SUBDISTRICT_ADMIN, width, height, language, List.of("", "residents", "residents/import",
                "compounds", "organisations", "households/" + household, "residents/" + resident + "/card", "users",
                "communities", "audit", "password", "points/standard", "points/grant", "points/grant/bulk",
                "points/approvals", "points/notices", "points/leaderboard", "points/ledger-check", "points/settings",
                "points/residents/" + resident + "/statement", "points/households/" + household, "proposals",
                "proposals/new", "proposals/" + proposal, "meetings", "meetings/" + meeting));

        // The exchange screens where the demo has its catalogue and its redemption day (another journey may
        // have closed that day: its screens must open either way).
        long session = jdbc.sql("select max(id) from redemption_session").query(Long.class).single();
        tour(DemoUsers.WENFENG_ADMIN, width, height, language, List.of("exchange/catalogue", "exchange/stock",
                "exchange/sessions", "exchange/counter/" + session, "exchange/sessions/" + session + "/report",
                "exchange/sessions/" + session + "/close"));
        // Today's volunteering and the demo's clean-up at the event.
        long activity = jdbc.sql("select min(id) from volunteer_activity").query(Long.class).single();
        long volunteer = jdbc.sql("select min(p.resident_id) from volunteer_profile p join resident r"
                + " on r.id = p.resident_id join community c on c.id = r.community_id where c.name = '文峰塔社区'")
                .query(Long.class).single();
        // 文峰小区's units and owners (the demo's property register) and the import of the property register.
        long wenfengCompound = jdbc.sql("""
                select p.id from compound p join community c on c.id = p.community_id
                where c.name = '文峰塔社区' and p.name = '文峰小区'""").query(Long.class).single();
        tour(DemoUsers.WENFENG_WORKER, width, height, language, List.of("volunteer/today", "volunteer/activities",
                "volunteer/activities/" + activity, "volunteer/visits", "volunteer/teams",
                "volunteer/people/" + volunteer, "compounds/" + wenfengCompound + "/units",
                "compounds/" + wenfengCompound + "/units/import", "assemblies", "assemblies/" + jdbc.sql(
                        "select min(id) from owners_assembly").query(Long.class).single()));
    }

    /** The tour's checks find what they look for, and leave alone what scrolls, is big enough, or is data. */
    @Test
    void theChecksFindAnElementPastTheEdgeASmallControlAndHiddenEnglish() {
        page.setContent("""
                <p style="width: 2000px">too wide</p>
                <div style="overflow-x: auto"><p style="width: 2000px">scrolls</p></div>
                <button style="width: 30px; height: 30px">small</button>
                <button style="width: 60px; height: 44px">big</button>
                """);
        assertThat((List<?>) page.evaluate(WIDER_THAN_THE_SCREEN)).singleElement().asString()
                .startsWith("p \"too wide\"");
        assertThat((List<?>) page.evaluate(SMALLER_THAN_A_FINGER)).singleElement().asString()
                .isEqualTo("button \"small\" 30×30");

        page.setContent("""
                <p>陈斌 wenfeng_admin</p>
                <button aria-label="显示密码">👁</button>
                <button aria-label="Show password">👁</button>
                <input placeholder="支持 Excel 和 CSV">
                <div id="host"></div>
                """);
        page.evaluate("() => document.getElementById('host').attachShadow({mode: 'open'}).innerHTML = '<span>Online</span>'");
        @SuppressWarnings("unchecked")
        List<String> english = (List<String>) page.evaluate(ENGLISH_ON_A_CHINESE_SCREEN);
        assertThat(english).containsExactlyInAnyOrder("button aria-label \"Show password\"", "span text \"Online\"");
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
        printFrom("meetings/" + jdbc.sql("select min(id) from meeting").query(Long.class).single() + "/minutes",
                "minutes-print");
        context.close();
        context = newContext(1024, 768);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
        printFrom("exchange/sessions/" + session + "/report", "report-print");
        printFrom("volunteer/residents/" + jdbc.sql("select min(resident_id) from volunteer_signup")
                .query(Long.class).single(), "service-record-print");
        screenshot("service-record-1024x768");
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
        // Every screen's misfits at once, not only the first screen's.
        SoftAssertions fit = new SoftAssertions();
        if (language.equals("zh-CN")) {
            page.navigate(url("login"));
            assertThat(page.locator("vaadin-login-form vaadin-password-field")).isVisible();
            fit.assertThat(englishOnScreen()).as("login: English on a Chinese screen").isEmpty();
        }
        signIn(user, DemoUsers.PASSWORD);
        if (!language.equals("zh-CN")) {
            switchLanguage(language);
            assertThat(page.locator("vaadin-side-nav")).containsText("Grant points");
        }
        for (String route : routes) {
            page.navigate(url(route));
            assertThat(page.locator("header h1, .view-toolbar h1").first()).isVisible();
            assertThat(page.locator("vaadin-notification-card[theme~='error']")).hasCount(0);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(scrollWidth).as("%s fits the width of the screen", route).isLessThanOrEqualTo(width);
            String shown = route.isEmpty() ? "workbench" : route;
            fit.assertThat((String) page.evaluate("document.documentElement.lang")).as("lang of %s", shown)
                    .startsWith(language.substring(0, 2));
            @SuppressWarnings("unchecked")
            List<String> tooWide = (List<String>) page.evaluate(WIDER_THAN_THE_SCREEN);
            fit.assertThat(tooWide).as("%s: elements past the right edge outside a scroll container", shown).isEmpty();
            @SuppressWarnings("unchecked")
            List<String> tooSmall = (List<String>) page.evaluate(SMALLER_THAN_A_FINGER);
            fit.assertThat(tooSmall).as("%s: controls smaller than 44×44 px", shown).isEmpty();
            if (language.equals("zh-CN")) {
                fit.assertThat(englishOnScreen()).as("%s: English on a Chinese screen", shown).isEmpty();
            }
            assertNoCspViolation(route.isEmpty() ? "overview" : route);
            screenshot("tour-" + (route.isEmpty() ? "overview" : route.replaceAll("[0-9]+", "id").replace('/', '-'))
                    + "-" + width + "x" + height + "-" + language);
        }
        if (!language.equals("zh-CN")) {
            // Back to Chinese for the journeys that follow with the same user.
            page.navigate(url(""));
            switchLanguage("zh-CN");
            assertThat(page.locator("vaadin-side-nav")).containsText("发放积分");
        }
        fit.assertAll();
    }

    /**
     * The English found on the screen, once the screen has had a moment to translate what the browser draws
     * itself (the sign-in form's password field gets its label after the form has drawn it).
     */
    @SuppressWarnings("unchecked")
    private List<String> englishOnScreen() {
        try {
            page.waitForFunction("(" + ENGLISH_ON_A_CHINESE_SCREEN + ")().length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(3_000));
        } catch (TimeoutError stillThere) {
            // Reported below, with what is still there.
        }
        return (List<String>) page.evaluate(ENGLISH_ON_A_CHINESE_SCREEN);
    }

    /** The language switch sits in the drawer, which a portrait tablet opens first. */
    private void switchLanguage(String language) {
        Locator choice = page.locator("[data-testid='lang-" + language + "']");
        choice.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        if (((String) page.evaluate("document.documentElement.lang")).startsWith(language.substring(0, 2))) {
            return;
        }
        if (page.locator("vaadin-app-layout[overlay]").count() > 0 && !choice.isVisible()) {
            page.locator("vaadin-drawer-toggle").first().click();
        }
        choice.click();
    }
}
