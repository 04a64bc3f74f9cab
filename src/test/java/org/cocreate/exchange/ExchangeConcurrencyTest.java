package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A busy redemption day at the service: 8 counters redeem 50 baskets each at once, on items with small
 * stock, for residents with small balances, with idempotency keys that repeat across counters. Whatever
 * interleaving happens, nothing goes below zero, every item sold exactly what its stock allowed, the books
 * equal the movements and the ledger, every key redeemed at most once, and no redemption lacks its debit or
 * its stock movements. Runs on H2 and on PostgreSQL.
 */
@ServiceTest
class ExchangeConcurrencyTest {

    private static final int COUNTERS = 8;
    private static final int BASKETS = 50;
    private static final int RESIDENTS = 10;
    private static final int KEYS = 150;

    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    ExchangeTestData data;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eightCountersAtOnceNeverOversellOverdrawOrRedeemTwice() throws Exception {
        String run = "conc-" + System.nanoTime() + "-";
        List<CatalogueItem> items = List.of(data.item("卫生纸", 6, 12, null), data.item("洗衣粉", 9, 8, 3),
                data.item("食用油", 15, 4, 1));
        Map<Long, Integer> initialStock = Map.of(items.get(0).id(), 12, items.get(1).id(), 8, items.get(2).id(), 4);
        SessionEntry session = data.openSession(items);
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            residents.add(data.residentWithPoints(8 + i * 2));
        }
        UserDetails counter = userDetails.loadUserByUsername(DemoUsers.COUNTER);
        Map<String, Long> residentOfKey = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> outOfStock = new ConcurrentHashMap<>();
        List<Receipt> receipts = new CopyOnWriteArrayList<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger refused = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        var start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < COUNTERS; c++) {
            int counterNumber = c + 1;
            long seed = 4000L + c;
            done.add(pool.submit(() -> {
                SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
                        .authenticated(counter, counter.getPassword(), counter.getAuthorities())));
                var random = new Random(seed);
                try {
                    start.await();
                    for (int i = 0; i < BASKETS; i++) {
                        // A key names one resident's basket; counters that draw the same key send the same basket
                        // (a retry, a double tap, a reload), so it must redeem once.
                        int keyNumber = random.nextInt(KEYS);
                        long resident = residents.get(keyNumber % RESIDENTS);
                        var keyed = new Random(keyNumber);
                        List<BasketLine> basket = new ArrayList<>();
                        basket.add(new BasketLine(items.get(keyed.nextInt(3)).id(), 1 + keyed.nextInt(2)));
                        if (keyed.nextBoolean()) {
                            basket.add(new BasketLine(items.get(keyed.nextInt(3)).id(), 1));
                        }
                        String key = run + keyNumber;
                        residentOfKey.put(key, resident);
                        try {
                            receipts.add(redemptions.redeem(new RedeemCommand(session.id(), resident, basket, key,
                                    counterNumber + "号台")));
                        } catch (OutOfStockException e) {
                            outOfStock.computeIfAbsent(itemNamed((String) e.arguments()[0], items),
                                    id -> new AtomicInteger()).incrementAndGet();
                            refused.incrementAndGet();
                        } catch (RefusedException expected) {
                            refused.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).as("only refusals with a reason may happen").isEmpty();
        assertThat(receipts).as("some baskets were redeemed").isNotEmpty();
        assertThat(refused.get()).as("some were refused (small stock, small balances)").isPositive();
        long community = data.communities.community(ExchangeTestData.WENFENG);

        // Each key redeemed at most once, and every answer for a key is the same receipt.
        Map<String, Long> redemptionOfKey = new ConcurrentHashMap<>();
        for (Receipt receipt : receipts) {
            String key = jdbc.sql("select idempotency_key from redemption where id = ?").param(receipt.redemptionId())
                    .query(String.class).single();
            Long before = redemptionOfKey.putIfAbsent(key, receipt.redemptionId());
            assertThat(before == null || before == receipt.redemptionId()).as(key).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from redemption where idempotency_key like ?").param(run + "%")
                .query(Long.class).single()).isEqualTo(redemptionOfKey.size());
        assertThat(jdbc.sql("select count(*) from ledger_entry where idempotency_key like ?").param("redeem:" + run + "%")
                .query(Long.class).single()).as("one debit per redemption").isEqualTo(redemptionOfKey.size());

        for (CatalogueItem item : items) {
            int stock = jdbc.sql("select stock from exchange_item where id = ?").param(item.id()).query(Integer.class)
                    .single();
            long sold = jdbc.sql("""
                    select coalesce(sum(l.quantity), 0) from redemption_line l join redemption r on r.id = l.redemption_id
                    where r.session_id = ? and l.item_id = ?""").params(session.id(), item.id()).query(Long.class)
                    .single();
            assertThat(stock).as("%s never below zero", item.name()).isNotNegative();
            assertThat(sold + stock).as("%s sold what its stock allowed", item.name())
                    .isEqualTo(initialStock.get(item.id()).longValue());
            long movedOut = -jdbc.sql("select coalesce(sum(quantity), 0) from stock_movement where item_id = ? "
                    + "and kind = 'REDEMPTION'").param(item.id()).query(Long.class).single();
            assertThat(movedOut).as("%s: a movement for every line", item.name()).isEqualTo(sold);
            if (outOfStock.containsKey(item.id())) {
                assertThat(stock).as("%s was refused as sold out, so it sold out (or had too few for a basket of two)",
                        item.name()).isLessThanOrEqualTo(1);
            }
        }
        // No redemption without its debit (of the same points) and its stock movements.
        assertThat(jdbc.sql("""
                select count(*) from redemption r left join ledger_entry e on e.id = r.ledger_entry_id
                where r.session_id = ? and (e.id is null or e.amount <> -r.points)""").param(session.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from redemption r where r.session_id = ?
                  and not exists (select 1 from stock_movement m where m.redemption_id = r.id)""")
                .param(session.id()).query(Long.class).single()).isZero();
        // The day's limits held: 洗衣粉 at most 3, 食用油 at most 1 per resident.
        assertThat(jdbc.sql("""
                select count(*) from (select r.resident_id, l.item_id, sum(l.quantity) taken
                  from redemption r join redemption_line l on l.redemption_id = r.id where r.session_id = ?
                  group by r.resident_id, l.item_id) t
                where (t.item_id = ? and t.taken > 3) or (t.item_id = ? and t.taken > 1)""")
                .params(session.id(), items.get(1).id(), items.get(2).id()).query(Long.class).single()).isZero();
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> catalogue.stockCheck(community))).isEmpty();
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.points.ledgerCheck(community))).isEmpty();
        for (long resident : residents) {
            assertThat(data.runAs.get(DemoUsers.COUNTER, () -> data.points.balance(resident).value()))
                    .isNotNegative();
        }
    }

    private static long itemNamed(String name, List<CatalogueItem> items) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }
}
