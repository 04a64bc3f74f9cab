package org.cocreate.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Server memory per open counter. The server is the packaged jar in production mode, with the demo data on
 * an H2 file, in a JVM of its own, so that its heap holds nothing of the browser driver. N tablets (browser
 * contexts in Chromium: each its own HTTP session, Vaadin session and UI with Push) open the counter's
 * bookmark, sign in as the counter, find a resident and put two items in the basket, and stay open. The
 * server's live heap ({@link PackagedServer#histogram()}, after a full GC) with them open, minus before, divided by N;
 * measured for two batches of N after a warm-up, the second once the server's caches have filled.
 * Run: ./mvnw -Pbench verify (it needs the jar, so it runs after package, as an integration test), or
 * ./mvnw verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CounterMemoryBenchmarkIT
 */
@Tag("bench")
class CounterMemoryBenchmarkIT {

    private static final int WARM_UP = 10;
    /** Two batches: the second shows the cost of a counter once the server's caches have filled. */
    private static final int BATCH = 20;

    /** What the tablets need: the open redemption day of 文峰塔社区, a resident with points, two items. */
    private record Demo(long session, long resident, String name, List<Long> items) {
    }

    @Test
    void heapPerOpenCounter() throws Exception {
        try (PackagedServer server = PackagedServer.start("memory");
                Playwright playwright = PackagedServer.playwright()) {
            Demo demo = server.awaitDemo(CounterMemoryBenchmarkIT::demo);
            Browser browser = PackagedServer.chromium(playwright);

            // Warm-up: the classes, caches and Push machinery of the first counters are no counter's share.
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                open.add(openCounter(browser, server, demo));
            }
            System.out.println(BenchmarkStatistics.machine());
            Map<String, Long> before = server.histogram();
            long perCounter = 0;
            for (int batch = 1; batch <= 2; batch++) {
                for (int i = 0; i < BATCH; i++) {
                    open.add(openCounter(browser, server, demo));
                }
                Map<String, Long> after = server.histogram();
                perCounter = (after.get("Total") - before.get("Total")) / BATCH;
                System.out.printf("BENCH counterMemory(production jar, %s, batch %d: %d more counters open, %d in"
                        + " all, each signed in with a resident and 2 items in the basket): live heap %,d KB before,"
                        + " %,d KB after, %,d KB per counter%n", PackagedServer.databaseName(), batch, BATCH,
                        open.size(), before.get("Total") / 1024, after.get("Total") / 1024, perCounter / 1024);
                PackagedServer.printGrowth(before, after);
                before = after;
            }
            assertThat(perCounter).as("each open counter holds some memory on the server").isPositive();
            open.forEach(BrowserContext::close);
        }
    }

    private BrowserContext openCounter(Browser browser, PackagedServer server, Demo demo) {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        Page page = tablet.newPage();
        page.setDefaultTimeout(60_000);
        // As a tablet at the counter starts its day: the counter's bookmark, the sign-in it asks for, and back.
        page.navigate(server.url("exchange/counter/" + demo.session()));
        page.locator("vaadin-login-form input[name='username']").fill(DemoUsers.COUNTER);
        page.locator("vaadin-login-form input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("[data-testid='resident-search'] input").fill(demo.name());
        page.locator("[data-testid='resident-result-" + demo.resident() + "']").click();
        for (long item : demo.items()) {
            page.locator("[data-testid='counter-plus-" + item + "']").click();
            assertThat(page.locator("[data-testid='counter-count-" + item + "']")).hasText("1");
        }
        return tablet;
    }

    /** The open redemption day of 文峰塔社区, the resident with most points, its two cheapest items in stock. */
    private static Optional<Demo> demo(JdbcClient jdbc) {
        List<Long> sessions = jdbc.sql("""
                select s.id from redemption_session s join community c on c.id = s.community_id
                where c.name = '文峰塔社区' and s.status = 'OPEN' order by s.id""")
                .query(Long.class).list();
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        long session = sessions.getFirst();
        Map<String, Object> resident = jdbc.sql("""
                select r.id, r.name from resident r join point_account a on a.resident_id = r.id
                where r.community_id = (select community_id from redemption_session where id = ?)
                order by a.balance desc, r.id limit 1""").param(session).query().singleRow();
        List<Long> items = jdbc.sql("""
                select i.id from session_item s join exchange_item i on i.id = s.item_id
                where s.session_id = ? and i.stock >= 2 order by i.price limit 2""")
                .param(session).query(Long.class).list();
        return Optional.of(new Demo(session, ((Number) resident.get("ID")).longValue(),
                (String) resident.get("NAME"), items));
    }
}
