package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.atmosphere.cpr.AtmosphereFramework;
import org.cocreate.DemoUsers;
import org.cocreate.base.ui.PushMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two counters of the demo's redemption day, a tablet upright and one on its side: one redeems, the other
 * shows the new stock within seconds without a reload (Push); the receipt is on screen. And the Push
 * WebSockets get Atmosphere's unused buffers small.
 */
class CounterJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletContext servletContext;

    @Test
    void aRedemptionAtOneCounterShowsAtTheOtherWithoutAReload() {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        long session = jdbc.sql("select id from redemption_session where community_id = ? and status = 'OPEN'"
                + " order by id limit 1").param(wenfeng).query(Long.class).single();
        Map<String, Object> resident = jdbc.sql("""
                select r.id, r.name, a.balance from resident r join point_account a on a.resident_id = r.id
                where r.community_id = ? order by a.balance desc, r.id limit 1""").param(wenfeng).query().singleRow();
        Map<String, Object> item = jdbc.sql("""
                select i.id, i.stock, i.unit from session_item s join exchange_item i on i.id = s.item_id
                where s.session_id = ? and i.stock >= 2 and i.price <= ? order by i.price limit 1""")
                .params(session, resident.get("BALANCE")).query().singleRow();
        long itemId = ((Number) item.get("ID")).longValue();
        int stock = ((Number) item.get("STOCK")).intValue();

        Page other = page;
        signIn(DemoUsers.COUNTER, DemoUsers.PASSWORD);
        other.navigate(url("exchange/counter/" + session));
        Locator otherStock = other.locator("[data-testid='counter-tile-" + itemId + "'] .counter-tile-details");
        assertThat(otherStock).containsText("\n剩 " + stock + " " + item.get("UNIT"));

        var upright = newContext(768, 1024);
        try {
            page = upright.newPage();
            page.setDefaultTimeout(30_000);
            signIn(DemoUsers.COUNTER, DemoUsers.PASSWORD);
            page.navigate(url("exchange/counter/" + session));
            page.locator("[data-testid='resident-search'] input").fill((String) resident.get("NAME"));
            page.locator("[data-testid='resident-result-" + resident.get("ID") + "']").click();
            page.locator("[data-testid='counter-plus-" + itemId + "']").click();
            assertThat(page.locator("[data-testid='counter-count-" + itemId + "']")).hasText("1");
            screenshot("counter-768x1024-basket");
            page.locator("[data-testid='counter-confirm']").click();
            assertThat(page.locator("[data-testid='counter-receipt']")).containsText((String) resident.get("NAME"));
            screenshot("counter-768x1024-receipt");

            assertThat(otherStock).containsText("\n剩 " + (stock - 1) + " " + item.get("UNIT"),
                    new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
            page = other;
            screenshot("counter-1024x768-pushed");
        } finally {
            page = other;
            upright.close();
        }
    }

    /**
     * The counter's main task on a tablet held either way, timed: from the focused search to the receipt, a
     * resident found by the last four digits of the phone and two items, every tap on something already in
     * view (no scrolling, neither the page nor the tiles). Prints the taps, keys and seconds for
     * docs/PERFORMANCE.md: the seconds are what the application adds to the person's own, as Playwright acts
     * at once.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024,768", "768,1024"})
    void aResidentAndTwoItemsFromTheFocusedSearchToTheReceiptWithoutScrolling(int width, int height) {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        long session = jdbc.sql("select id from redemption_session where community_id = ? and status = 'OPEN'"
                + " order by id limit 1").param(wenfeng).query(Long.class).single();
        List<Long> items = jdbc.sql("""
                select i.id from session_item s join exchange_item i on i.id = s.item_id
                where s.session_id = ? and i.stock >= 2 order by i.price, i.id limit 2""").param(session)
                .query(Long.class).list();
        // A resident with a phone whose tail is theirs alone in the community, points for both items, and
        // nothing redeemed this day yet (no daily limit in the way).
        Map<String, Object> resident = jdbc.sql("""
                select r.id, r.phone from resident r join point_account a on a.resident_id = r.id
                where r.community_id = ? and r.phone is not null
                  and a.balance >= (select sum(price) from exchange_item where id in (?, ?))
                  and not exists (select 1 from redemption x where x.resident_id = r.id and x.session_id = ?)
                  and (select count(*) from resident o where o.community_id = r.community_id
                       and right(o.phone, 4) = right(r.phone, 4)) = 1
                order by r.id limit 1""").params(wenfeng, items.get(0), items.get(1), session).query().singleRow();
        String tail = ((String) resident.get("PHONE")).substring(((String) resident.get("PHONE")).length() - 4);

        context.close();
        context = newContext(width, height);
        page = context.newPage();
        signIn(DemoUsers.COUNTER, DemoUsers.PASSWORD);
        page.navigate(url("exchange/counter/" + session));
        Locator search = page.locator("[data-testid='resident-search'] input");
        assertThat(search).isFocused();

        long started = System.nanoTime();
        page.keyboard().type(tail);
        int taps = 0;
        for (String control : List.of("resident-result-" + resident.get("ID"), "counter-plus-" + items.get(0),
                "counter-plus-" + items.get(1), "counter-confirm")) {
            Locator target = page.locator("[data-testid='" + control + "']");
            assertThat(target).isEnabled();
            assertThat(target).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
            target.click();
            taps++;
        }
        assertThat(page.locator("[data-testid='counter-receipt']")).isVisible();
        double seconds = (System.nanoTime() - started) / 1e9;

        Assertions.assertThat(((Number) page.evaluate("window.scrollY")).intValue()).isZero();
        Assertions.assertThat(((Number) page.evaluate("document.scrollingElement.scrollHeight")).intValue())
                .as("the page does not scroll").isLessThanOrEqualTo(height);
        screenshot("counter-" + width + "x" + height + "-two-items-receipt");
        System.out.printf("Counter %dx%d, from the focused search to the receipt with two items: %d taps, %d keys,"
                + " %.2f s, no scroll%n", width, height, taps, tail.length(), seconds);
    }

    @Test
    void pushWebSocketsAreLean() {
        signIn(DemoUsers.COUNTER, DemoUsers.PASSWORD);
        page.navigate(url("exchange/counter"));
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        // Atmosphere reads its buffer size for each new WebSocket: once Vaadin has started, it is the small one.
        List<AtmosphereFramework> frameworks = PushMemory.frameworks(servletContext);
        Assertions.assertThat(frameworks).as("Vaadin's Atmosphere instances").isNotEmpty();
        Assertions.assertThat(frameworks).allSatisfy(framework -> Assertions.assertThat(
                framework.getAtmosphereConfig().getInitParameter(PushMemory.BUFFER_SIZE))
                .isEqualTo(PushMemory.UNUSED_BUFFER_SIZE));

        // Tomcat's first message buffers are small (application.properties) ...
        var webSockets = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        Assertions.assertThat(webSockets.getDefaultMaxTextMessageBufferSize()).isEqualTo(256);
        Assertions.assertThat(webSockets.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(256);

        // ... and Chromium's offer of per-message compression is not taken; yet a WebSocket still takes a
        // message of 10,000 characters (Atmosphere allows 16 K): it is not closed as too big (1009).
        @SuppressWarnings("unchecked")
        Map<String, Object> socket = (Map<String, Object>) page.evaluate("""
                () => new Promise((resolve, reject) => {
                  const socket = new WebSocket(location.origin.replace(/^http/, 'ws')
                      + '/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket');
                  socket.onerror = () => reject(new Error('the upgrade was refused'));
                  socket.onopen = () => {
                    const extensions = socket.extensions;
                    socket.onclose = event => resolve({extensions, closed: event.code});
                    socket.send('x'.repeat(10000));
                    setTimeout(() => resolve({extensions, closed: 0}), 2000);
                  };
                })""");
        Assertions.assertThat(socket.get("extensions")).isEqualTo("");
        Assertions.assertThat(((Number) socket.get("closed")).intValue()).isNotEqualTo(1009);
    }
}
