package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CounterResident;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.ItemDraft;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.OfferedItem;
import org.cocreate.exchange.RedeemCommand;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.points.Points;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The counter's search over 50,000 residents of one community while other counters redeem: what the
 * counter screen calls when staff type (ResidentService.search with the screen's 8 results) and when they
 * tap a match (RedemptionService.atCounter: balance and today's limits), each timed, as the counter user, on
 * an H2 file database like production. Meanwhile 4 counters each confirm a two-item basket about every
 * 100 ms. Run: ./mvnw test -Pbench -Dtest=CounterSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/counter;WRITE_DELAY=0"})
@ActiveProfiles({"demo", "test"})
class CounterSearchBenchmark {

    private static final int RESIDENTS = 50_000;
    /** The rows the counter screen shows. */
    private static final int RESULTS = ResidentPicker.RESULTS;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final int REDEEMING_COUNTERS = 4;
    private static final int RESIDENTS_WITH_POINTS = 1_000;
    private static final int PAUSE_MILLIS = 100;

    static {
        // A fresh database each run: the figures must not depend on an earlier run's leftovers.
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/counter.mv.db"));
    }

    @Autowired
    ResidentService residents;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate template;
    @Autowired
    JdbcClient jdbc;

    @Test
    void counterSearchWhileFourCountersRedeem() throws Exception {
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<String> names = BenchData.fillCommunity(template, jdbc, community, RESIDENTS);
        assertThat(jdbc.sql("select count(*) from resident where community_id = ?").param(community)
                .query(Long.class).single()).isGreaterThanOrEqualTo(RESIDENTS);
        List<Long> redeeming = jdbc.sql("select id from resident where community_id = ? order by id limit ?")
                .params(community, RESIDENTS_WITH_POINTS).query(Long.class).list();
        BenchData.givePoints(template, jdbc, community, redeeming);
        SessionEntry session = openSession(community);
        List<Long> items = session.offer().stream().map(o -> o.itemId()).toList();

        var stop = new AtomicBoolean();
        var redeemed = new AtomicInteger();
        var refused = new ConcurrentLinkedQueue<Throwable>();
        var redeemNanos = new ConcurrentLinkedQueue<Long>();
        ExecutorService pool = Executors.newFixedThreadPool(REDEEMING_COUNTERS);
        List<Future<?>> counters = new ArrayList<>();
        for (int c = 0; c < REDEEMING_COUNTERS; c++) {
            int number = c;
            counters.add(pool.submit(() -> {
                signIn(DemoUsers.COUNTER);
                var random = new Random(100 + number);
                while (!stop.get()) {
                    Thread.sleep(PAUSE_MILLIS / 2 + random.nextInt(PAUSE_MILLIS));
                    int first = random.nextInt(items.size());
                    var command = new RedeemCommand(session.id(), redeeming.get(random.nextInt(redeeming.size())),
                            List.of(new BasketLine(items.get(first), 1 + random.nextInt(2)),
                                    new BasketLine(items.get((first + 1) % items.size()), 1)),
                            UUID.randomUUID().toString(), (number + 1) + "号台");
                    long started = System.nanoTime();
                    try {
                        redemptions.redeem(command);
                        redeemNanos.add(System.nanoTime() - started);
                        redeemed.incrementAndGet();
                    } catch (RuntimeException e) {
                        refused.add(e);
                    }
                }
                SecurityContextHolder.clearContext();
                return null;
            }));
        }

        // The counter screen: a search as staff type, then the tapped resident's balance and limits.
        signIn(DemoUsers.COUNTER);
        List<String> queries = BenchData.queries(names, WARM_UP + MEASURED, 11);
        var pick = new Random(5);
        long[] searchNanos = new long[MEASURED];
        List<Long> atCounterNanos = new ArrayList<>();
        int found = 0;
        long pointsSeen = 0;
        int redeemedBefore = 0;
        try {
            for (int i = 0; i < queries.size(); i++) {
                if (i == WARM_UP) {
                    redeemedBefore = redeemed.get();
                    redeemNanos.clear();
                }
                long started = System.nanoTime();
                List<ResidentListEntry> shown = residents.search(community, queries.get(i), RESULTS);
                long searched = System.nanoTime();
                if (i >= WARM_UP) {
                    searchNanos[i - WARM_UP] = searched - started;
                    found += shown.isEmpty() ? 0 : 1;
                }
                if (!shown.isEmpty()) {
                    ResidentListEntry picked = shown.get(pick.nextInt(shown.size()));
                    long asked = System.nanoTime();
                    CounterResident atCounter = redemptions.atCounter(session.id(), picked.id());
                    long took = System.nanoTime() - asked;
                    assertThat(atCounter.residentId()).isEqualTo(picked.id());
                    pointsSeen += atCounter.balance();
                    if (i >= WARM_UP) {
                        atCounterNanos.add(took);
                    }
                }
            }
        } finally {
            stop.set(true);
            SecurityContextHolder.clearContext();
        }
        for (Future<?> counter : counters) {
            counter.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int redeemedWhileMeasured = redeemed.get() - redeemedBefore;

        System.out.println(BenchmarkStatistics.machine());
        String context = "H2 file, " + RESIDENTS + " residents, " + REDEEMING_COUNTERS
                + " counters redeeming every ~" + PAUSE_MILLIS + " ms";
        System.out.println(BenchmarkStatistics.summary("counterSearch(" + context + ", limit " + RESULTS + ")",
                searchNanos));
        System.out.println(BenchmarkStatistics.summary("atCounter(after a pick, " + context + ")",
                atCounterNanos.stream().mapToLong(Long::longValue).toArray()));
        System.out.println(BenchmarkStatistics.summary("redeem(beside the search, " + context + ")",
                redeemNanos.stream().mapToLong(Long::longValue).toArray()));
        System.out.printf("BENCH counterSearch: %d of %d searches found somebody; %d redemptions while measured"
                + " (%d in all, %d refused)%n", found, MEASURED, redeemedWhileMeasured, redeemed.get(),
                refused.size());

        assertThat(refused).as("no redemption refused or failed").isEmpty();
        assertThat(found).as("most queries find somebody").isGreaterThan(MEASURED / 2);
        assertThat(atCounterNanos).hasSizeGreaterThanOrEqualTo(found);
        assertThat(pointsSeen).as("the picked residents' balances were read").isPositive();
        assertThat(redeemedWhileMeasured).as("the counters redeemed while the search was measured")
                .isGreaterThan(REDEEMING_COUNTERS * 10);
    }

    private SessionEntry openSession(long community) {
        signIn(DemoUsers.WENFENG_ADMIN);
        try {
            List<CatalogueItem> items = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                CatalogueItem item = catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, "基准物品" + i, "件",
                        Points.of(5 + i), null, 0, true));
                catalogue.receive(item.id(), 100_000, null, "benchmark");
                items.add(item);
            }
            return redemptions.openSession(community, LocalDate.now(), "基准测试",
                    items.stream().map(i -> new OfferedItem(i.id(), null, 100_000, null)).toList());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
