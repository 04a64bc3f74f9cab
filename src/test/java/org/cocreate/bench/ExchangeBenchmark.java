package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocreate.DemoUsers;
import org.cocreate.TestDatabaseEnvironment;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CatalogueItem;
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
 * Confirming a redemption at the service with 8 counters at once: each call debits the points, takes the
 * stock of two items, writes the redemption, its lines, movements and audit line, and commits.
 * Run: ./mvnw -Pbench verify (H2); on PostgreSQL:
 * ./mvnw test -Pbench -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcocreate.test.database=postgres
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ExchangeBenchmark {

    private static final int COUNTERS = 8;
    private static final int WARM_UP = 40;
    private static final int MEASURED = 250;

    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    @Test
    void redemptionsWithEightCountersAtOnce() throws Exception {
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> residents = jdbc.sql("select id from resident where community_id = ? order by id")
                .param(community).query(Long.class).list();
        BenchData.givePoints(template, jdbc, community, residents);
        signIn(DemoUsers.WENFENG_ADMIN);
        List<CatalogueItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CatalogueItem item = catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, "基准物品" + i, "件",
                    Points.of(5 + i), null, 0, true));
            catalogue.receive(item.id(), 100_000, null, "benchmark");
            items.add(item);
        }
        SessionEntry session = redemptions.openSession(community, LocalDate.now(), "基准测试",
                items.stream().map(i -> new OfferedItem(i.id(), null, 100_000, null)).toList());
        SecurityContextHolder.clearContext();

        String database = TestDatabaseEnvironment.onPostgres() ? "PostgreSQL" : "H2";
        System.out.println(BenchmarkStatistics.machine());
        // Saturated: every counter confirms again the moment its last confirmation returns (no person is that
        // fast); the figure is then the machine's throughput shared by 8. Paced: each counter confirms about
        // every 100 ms (80 redemptions a second in all, far above a real redemption day's pace).
        for (int pauseMillis : new int[] {0, 100}) {
            long[] all = run(session, items, residents, pauseMillis);
            System.out.println(BenchmarkStatistics.summary("redeem(8 counters at once, " + database + ", "
                    + (pauseMillis == 0 ? "saturated" : "one confirmation per counter every ~" + pauseMillis + " ms")
                    + ", " + residents.size() + " residents)", all));
        }
    }

    private long[] run(SessionEntry session, List<CatalogueItem> items, List<Long> residents, int pauseMillis)
            throws Exception {
        var counter = users.loadUserByUsername(DemoUsers.COUNTER);
        long[][] nanos = new long[COUNTERS][MEASURED];
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        var start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < COUNTERS; c++) {
            int number = c;
            done.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(counter, null, counter.getAuthorities()));
                var random = new Random(number + 31L * pauseMillis);
                start.await();
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis / 2 + random.nextInt(pauseMillis));
                    }
                    long resident = residents.get(random.nextInt(residents.size()));
                    int first = random.nextInt(items.size());
                    var command = new RedeemCommand(session.id(), resident, List.of(
                            new BasketLine(items.get(first).id(), 1 + random.nextInt(2)),
                            new BasketLine(items.get((first + 1) % items.size()).id(), 1)),
                            UUID.randomUUID().toString(), (number + 1) + "号台");
                    long started = System.nanoTime();
                    redemptions.redeem(command);
                    if (i >= WARM_UP) {
                        nanos[number][i - WARM_UP] = System.nanoTime() - started;
                    }
                }
                SecurityContextHolder.clearContext();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long[] all = java.util.Arrays.stream(nanos).flatMapToLong(java.util.Arrays::stream).toArray();
        assertThat(all).hasSize(COUNTERS * MEASURED);
        return all;
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
