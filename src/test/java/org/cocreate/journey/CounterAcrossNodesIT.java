package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.cocreate.DemoUsers;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A whole sub-district: two app nodes on one PostgreSQL, a Chromium tablet on each, both at the counter of
 * the demo's redemption day. The last pack of an item taken at the tablet on node A shows as sold out on
 * the tablet of node B within a second, without a reload (PostgreSQL NOTIFY between the nodes, Push to
 * the tablet).
 */
class CounterAcrossNodesIT extends AcrossNodesJourney {

    private record Resident(long id, String name) {
    }

    private record Item(long id, String unit) {
    }

    @Test
    void theLastPackTakenAtACounterOnNodeAShowsAsSoldOutOnNodeBWithinASecond() throws java.io.IOException {
        JdbcClient jdbc = nodes.a.getBean(JdbcClient.class);
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        long session = jdbc.sql("select id from redemption_session where community_id = ? and status = 'OPEN'")
                .param(wenfeng).query(Long.class).single();
        Resident resident = jdbc.sql("""
                select r.id, r.name from resident r join point_account a on a.resident_id = r.id
                where r.community_id = ? order by a.balance desc, r.id limit 1""").param(wenfeng)
                .query((row, n) -> new Resident(row.getLong(1), row.getString(2))).single();
        Item item = jdbc.sql("""
                select i.id, i.unit from session_item s join exchange_item i on i.id = s.item_id
                where s.session_id = ? and i.price <= (select balance from point_account where resident_id = ?)
                order by i.price, i.id limit 1""").params(session, resident.id())
                .query((row, n) -> new Item(row.getLong(1), row.getString(2))).single();
        // One pack left on the shelf (a stocktake on node A; node B's tablet opens after it).
        new RunAs(nodes.a.getBean(UserDetailsService.class)).run(DemoUsers.WENFENG_ADMIN,
                () -> nodes.a.getBean(CatalogueService.class).stocktake(item.id(), 1, "两个节点：只剩一件"));

        try (BrowserContext tabletA = tablet(); BrowserContext tabletB = tablet()) {
            Page onB = tabletB.newPage();
            signIn(onB, nodes.b, DemoUsers.COUNTER);
            onB.navigate(url(nodes.b, "exchange/counter/" + session));
            Locator tileOnB = onB.locator("[data-testid='counter-tile-" + item.id() + "']");
            assertThat(tileOnB.locator(".counter-tile-details")).containsText("\n剩 1 " + item.unit());
            // The moment the tile changes, by the browser's clock (the same machine's as this test's).
            onB.evaluate("""
                    tile => new MutationObserver((changes, observer) => {
                      if (tile.classList.contains('counter-tile-sold-out')) {
                        window.soldOutAt = Date.now();
                        observer.disconnect();
                      }
                    }).observe(tile, {attributes: true, attributeFilter: ['class']})""",
                    tileOnB.elementHandle());

            Page onA = tabletA.newPage();
            signIn(onA, nodes.a, DemoUsers.COUNTER);
            onA.navigate(url(nodes.a, "exchange/counter/" + session));
            onA.locator("[data-testid='resident-search'] input").fill(resident.name());
            onA.locator("[data-testid='resident-result-" + resident.id() + "']").click();
            onA.locator("[data-testid='counter-plus-" + item.id() + "']").click();
            assertThat(onA.locator("[data-testid='counter-count-" + item.id() + "']")).hasText("1");
            long tapped = System.currentTimeMillis();
            onA.locator("[data-testid='counter-confirm']").click();
            assertThat(onA.locator("[data-testid='counter-receipt']")).containsText(resident.name());
            long receipt = System.currentTimeMillis();

            // Within a second of the redemption on node A (its receipt on screen), with half a second of slack
            // for a machine that runs the build.
            assertThat(tileOnB).containsClass("counter-tile-sold-out",
                    new LocatorAssertions.ContainsClassOptions().setTimeout(1_500));
            assertThat(tileOnB.locator(".counter-tile-details")).containsText("已兑完");
            long soldOutAt = ((Number) onB.evaluate("() => window.soldOutAt")).longValue();
            System.out.printf("Across nodes: sold out on node B %d ms after the tap of 确认兑换 on node A,"
                    + " %d ms after its receipt showed%n", soldOutAt - tapped, soldOutAt - receipt);
            Assertions.assertThat(soldOutAt - receipt).as("ms from A's receipt to B's sold out").isLessThan(1_500);
            screenshot(onB, "counter-two-nodes-sold-out-on-b");
        }
    }
}
