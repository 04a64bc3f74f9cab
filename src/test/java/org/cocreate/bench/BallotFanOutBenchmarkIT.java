package org.cocreate.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A representatives' meeting whose members all vote from their own phones, over Push: how long after a phone
 * confirms a vote the room's projector shows it, and how much server memory each connected ballot phone holds.
 * The server is the packaged jar with the demo data (as {@link CounterMemoryBenchmarkIT}); the secretary's
 * tablet (1024×768), the projector (1920×1080) and every phone (390×844) are contexts of one headless Chromium,
 * so that one clock times them all.
 * <p>
 * The secretary opens the demo meeting of 带谟阁社区 and checks in {@value #PHONES} + {@value #WARM_UP} members by
 * scanning their cards, shows each their ballot link and opens the vote on the first item; the projector
 * follows. The phones open their links: {@value #WARM_UP} first (a warm-up), then the live heap (as
 * {@link PackagedServer#histogram()}), then the other {@value #PHONES}, then the heap again: per phone the
 * difference divided by {@value #PHONES}. Then, with all of them connected, the {@value #PHONES} vote one after
 * another ("for"), and change their votes one after another ("against"): for each, from the moment the phone's
 * page shows the vote confirmed to the moment the projector's page shows the count including it, both taken in
 * the pages (a MutationObserver, Date.now()). Last, all {@value #PHONES} tap "abstain" at once, as a room does
 * when the secretary says "vote now": from the last phone's confirmation until the projector shows them all.
 * <p>
 * The invitations are written into the database: the demo meeting invites twelve, and calling a meeting of
 * seventy by the invite dialog (an organisation's members) would need an organisation of seventy first.
 * Run: ./mvnw verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BallotFanOutBenchmarkIT
 * (with -Dbench.database=postgres on an embedded PostgreSQL).
 */
@Tag("bench")
class BallotFanOutBenchmarkIT {

    private static final int WARM_UP = 10;
    private static final int PHONES = 60;

    /** The demo meeting, its first item and the members invited for the benchmark with their card codes. */
    private record Demo(long meeting, long item, List<Long> members, List<String> cards) {
    }

    /** Records, in the projector's page, every change of the counts it shows. */
    private static final String WATCH_PROJECTOR = """
            () => {
              window.__seen = [];
              const count = kind => {
                const e = document.querySelector(`[data-testid='screen-count-${kind}']`);
                return e ? parseInt(e.textContent, 10) : -1;
              };
              const record = () => window.__seen.push({t: Date.now(), for: count('for'),
                  against: count('against'), abstain: count('abstain')});
              new MutationObserver(record).observe(document.querySelector("[data-testid='screen-current']"),
                  {subtree: true, childList: true, characterData: true});
              record();
            }""";

    /** Records, in a phone's page, when the line saying its vote changes. */
    private static final String WATCH_PHONE = """
            () => {
              window.__confirmed = [];
              const line = document.querySelector("[data-testid='ballot-your-vote']");
              new MutationObserver(() => window.__confirmed.push({t: Date.now(), text: line.textContent}))
                  .observe(line, {subtree: true, childList: true, characterData: true});
            }""";

    @Test
    void aVoteReachesTheProjectorWithSixtyPhonesConnected() throws Exception {
        try (PackagedServer server = PackagedServer.start("ballots");
                Playwright playwright = PackagedServer.playwright()) {
            Demo demo = server.awaitDemo(jdbc -> invite(jdbc, WARM_UP + PHONES));
            Browser browser = PackagedServer.chromium(playwright);
            System.out.println(BenchmarkStatistics.machine());

            Page tablet = signedIn(browser, server, "meetings/" + demo.meeting(), 1024, 768);
            tablet.locator("[data-testid='meeting-open']").click();
            assertThat(tablet.locator("[data-testid='meeting-close']")).isVisible();
            // The members come in with their cards: the scanner types the code and presses Enter.
            var search = tablet.locator("[data-testid='resident-search'] input");
            for (int i = 0; i < demo.members().size(); i++) {
                search.fill(demo.cards().get(i));
                search.press("Enter");
                assertThat(tablet.locator("[data-testid='meeting-member-" + demo.members().get(i) + "']"))
                        .containsText("已签到");
            }
            tablet.locator("[data-testid='meeting-vote-open-" + demo.item() + "']").click();
            assertThat(tablet.locator("[data-testid='meeting-vote-close-" + demo.item() + "']")).isVisible();
            List<String> links = new ArrayList<>();
            for (long member : demo.members()) {
                tablet.locator("[data-testid='meeting-ballot-" + member + "']").click();
                links.add(tablet.locator("[data-testid='meeting-ballot-link']").getAttribute("href"));
                tablet.keyboard().press("Escape");
                tablet.locator("[data-testid='meeting-ballot-link']").waitFor(
                        new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            }
            Page projector = signedIn(browser, server, "meetings/" + demo.meeting() + "/screen", 1920, 1080);
            assertThat(projector.locator("[data-testid='screen-count-for']")).hasText("0");

            List<Page> phones = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                phones.add(phone(browser, links.get(i)));
            }
            Map<String, Long> before = server.histogram();
            for (int i = WARM_UP; i < links.size(); i++) {
                phones.add(phone(browser, links.get(i)));
            }
            Map<String, Long> after = server.histogram();
            long perPhone = (after.get("Total") - before.get("Total")) / PHONES;
            System.out.printf("BENCH ballotPhoneMemory(production jar, %s, %d phones open beyond %d, each on its"
                    + " ballot link with the vote open): live heap %,d KB before, %,d KB after, %,d KB per phone%n",
                    PackagedServer.databaseName(), PHONES, WARM_UP, before.get("Total") / 1024,
                    after.get("Total") / 1024, perPhone / 1024);
            PackagedServer.printGrowth(before, after);

            projector.evaluate(WATCH_PROJECTOR);
            phones.forEach(phone -> phone.evaluate(WATCH_PHONE));
            List<Page> voters = phones.subList(WARM_UP, phones.size());
            long[] oneByOne = new long[2 * PHONES];
            for (int round = 0; round < 2; round++) {
                String choice = round == 0 ? "for" : "against";
                for (int k = 0; k < PHONES; k++) {
                    oneByOne[round * PHONES + k] = voteAndSee(voters.get(k), projector, choice, k + 1) * 1_000_000L;
                }
            }
            System.out.println(BenchmarkStatistics.summary("ballotVoteToProjector(" + PackagedServer.databaseName()
                    + ", " + phones.size() + " phones connected, " + PHONES + " votes and " + PHONES
                    + " changes one after another, phone's confirmation to projector)", oneByOne));

            // All at once: every phone taps (in the page, so that the driver does not wait for each), then the
            // projector is awaited.
            for (Page phone : voters) {
                phone.evaluate("() => window.__confirmed = []");
            }
            long firstTap = System.currentTimeMillis();
            for (Page phone : voters) {
                phone.evaluate("() => document.querySelector(\"[data-testid='ballot-abstain']\").click()");
            }
            projector.waitForFunction("n => window.__seen.some(s => s.abstain >= n)", PHONES,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            long lastConfirmed = 0;
            for (Page phone : voters) {
                assertThat(phone.locator("[data-testid='ballot-your-vote']")).containsText("弃权");
                lastConfirmed = Math.max(lastConfirmed, confirmedAt(phone, "弃权"));
            }
            long allShown = ((Number) projector.evaluate(
                    "n => window.__seen.find(s => s.abstain >= n).t", PHONES)).longValue();
            System.out.printf("BENCH ballotBurstToProjector(%s, %d phones tap abstain at once): first tap to the"
                    + " projector showing all %d: %d ms; last phone's confirmation to it: %d ms%n",
                    PackagedServer.databaseName(), PHONES, PHONES, allShown - firstTap, allShown - lastConfirmed);

            assertThat(perPhone).as("each connected phone holds some memory on the server").isPositive();
            assertThat(tablet.locator("[data-testid='meeting-tally-" + demo.item() + "']"))
                    .containsText("弃权 " + PHONES);
            browser.close();
        }
    }

    /**
     * One phone taps a choice; once its page confirms, waits until the projector's count of that choice reaches
     * {@code count}. Milliseconds from the one to the other.
     */
    private static long voteAndSee(Page phone, Page projector, String choice, int count) {
        String word = "for".equals(choice) ? "赞成" : "反对";
        phone.evaluate("() => window.__confirmed = []");
        phone.locator("[data-testid='ballot-" + choice + "']").click();
        assertThat(phone.locator("[data-testid='ballot-your-vote']")).containsText(word);
        long confirmed = confirmedAt(phone, word);
        String reached = "([kind, n]) => window.__seen.some(s => s[kind] >= n)";
        projector.waitForFunction(reached, List.of(choice, count), new Page.WaitForFunctionOptions().setTimeout(30_000));
        long shown = ((Number) projector.evaluate("([kind, n]) => window.__seen.find(s => s[kind] >= n).t",
                List.of(choice, count))).longValue();
        return shown - confirmed;
    }

    private static long confirmedAt(Page phone, String word) {
        return ((Number) phone.evaluate("w => window.__confirmed.find(c => c.text.includes(w)).t", word)).longValue();
    }

    private static Page phone(Browser browser, String link) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(link);
        assertThat(page.locator("[data-testid='ballot-for']")).isVisible();
        return page;
    }

    private static Page signedIn(Browser browser, PackagedServer server, String path, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(server.url(path));
        page.locator("vaadin-login-form input[name='username']").fill(DemoUsers.DAIMO_WORKER);
        page.locator("vaadin-login-form input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("vaadin-login-form").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        if (!page.url().endsWith(path)) {
            page.navigate(server.url(path));
        }
        return page;
    }

    /**
     * The demo meeting of 带谟阁社区 once loaded, with {@code count} more of the community's residents invited
     * (as the invite dialog would write them).
     */
    private static Optional<Demo> invite(JdbcClient jdbc, int count) {
        List<Long> meetings = jdbc.sql("select id from meeting where title = '带谟阁社区居民代表大会' order by id")
                .query(Long.class).list();
        if (meetings.isEmpty()) {
            return Optional.empty();
        }
        long meeting = meetings.getFirst();
        long item = jdbc.sql("select id from meeting_item where meeting_id = ? order by position limit 1")
                .param(meeting).query(Long.class).single();
        List<Map<String, Object>> residents = jdbc.sql("""
                select r.id, r.card_code from resident r join meeting m on m.community_id = r.community_id
                where m.id = ? and r.id not in (select resident_id from meeting_member where meeting_id = ?)
                order by r.id limit ?""").params(meeting, meeting, count).query().listOfRows();
        List<Long> members = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (Map<String, Object> resident : residents) {
            long id = ((Number) resident.get("ID")).longValue();
            jdbc.sql("insert into meeting_member (meeting_id, resident_id, guest) values (?, ?, false)")
                    .params(meeting, id).update();
            members.add(id);
            cards.add((String) resident.get("CARD_CODE"));
        }
        return Optional.of(new Demo(meeting, item, members, cards));
    }
}
