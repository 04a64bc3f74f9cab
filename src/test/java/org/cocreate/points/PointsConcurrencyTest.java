package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 32 threads grant, debit and reverse on the same few accounts at once, with random amounts and repeated
 * idempotency keys. Whatever interleaving happens, no balance goes below zero, every cached balance is the
 * sum of its entries, and each key is posted exactly once.
 */
@ServiceTest
class PointsConcurrencyTest {

    private static final int THREADS = 32;
    private static final int OPERATIONS = 12;
    private static final int ACCOUNTS = 4;
    private static final int KEYS_PER_ACCOUNT = 10;
    private static final String WENFENG = "文峰塔社区";

    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void grantsPostAtOnce() {
        data.grantsPostAtOnce(WENFENG);
    }

    @Test
    void concurrentGrantsDebitsAndReversalsKeepTheLedgerWhole() throws Exception {
        String run = "conc-" + System.nanoTime() + "-";
        long community = data.communities.community(WENFENG);
        long rule = data.uncappedRule(WENFENG).id();
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            long resident = data.newResident(WENFENG);
            residents.add(resident);
            // Opens the account, so that the threads race on balances, not on opening accounts.
            data.runAs.run(DemoUsers.WENFENG_WORKER,
                    () -> grantService.grant(new GrantCommand(resident, rule, 1, data.today(), null, null)));
        }
        List<Long> postedEntries = new CopyOnWriteArrayList<>();
        Map<String, Set<Long>> entriesByKey = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        UserDetails worker = userDetails.loadUserByUsername(DemoUsers.WENFENG_WORKER);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        var start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L + t;
            done.add(pool.submit(() -> {
                SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
                        .authenticated(worker, worker.getPassword(), worker.getAuthorities())));
                var random = new Random(seed);
                try {
                    start.await();
                    for (int i = 0; i < OPERATIONS; i++) {
                        int a = random.nextInt(ACCOUNTS);
                        long resident = residents.get(a);
                        try {
                            switch (random.nextInt(3)) {
                                case 0 -> {
                                    String key = run + "g-" + a + "-" + random.nextInt(KEYS_PER_ACCOUNT);
                                    PostedEntry e = grantService.grant(new GrantCommand(resident, rule,
                                            1 + random.nextInt(3), data.today(), null, key)).posted();
                                    entriesByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                                            .add(e.entryId());
                                    postedEntries.add(e.entryId());
                                }
                                case 1 -> {
                                    String key = run + "d-" + a + "-" + random.nextInt(KEYS_PER_ACCOUNT);
                                    long amount = 1 + random.nextInt(50);
                                    PostedEntry e = transaction.execute(status ->
                                            points.debit(resident, Points.of(amount), "exchange", key));
                                    entriesByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                                            .add(e.entryId());
                                }
                                default -> {
                                    if (!postedEntries.isEmpty()) {
                                        long entry = postedEntries.get(random.nextInt(postedEntries.size()));
                                        points.reverse(entry, "concurrency");
                                    }
                                }
                            }
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
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).as("only refusals of the rules may happen").isEmpty();
        assertThat(refused.get()).as("some debits and reversals were refused").isPositive();
        Integer negative = jdbc.queryForObject("select count(*) from point_account where balance < 0", Integer.class);
        assertThat(negative).isZero();
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> points.ledgerCheck(community))).isEmpty();
        // Each key, however often it was applied, posted one entry, and every call got that entry back.
        entriesByKey.forEach((key, ids) -> assertThat(ids).as(key).hasSize(1));
        List<Map<String, Object>> perKey = jdbc.queryForList(
                "select idempotency_key, count(*) as n from ledger_entry where idempotency_key like ? "
                        + "group by idempotency_key", run + "%");
        assertThat(perKey).hasSize(entriesByKey.size())
                .allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
        assertThat(entriesByKey.size()).as("keys were repeated").isLessThan(THREADS * OPERATIONS / 3);
        for (long resident : residents) {
            Long sum = jdbc.queryForObject("select coalesce(sum(e.amount), 0) from ledger_entry e "
                    + "join point_account a on a.id = e.account_id where a.resident_id = ?", Long.class, resident);
            assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> points.balance(resident)).value())
                    .isEqualTo(sum).isNotNegative();
        }
    }

    @Test
    void aKeyRacedForTwoResidentsPostsForOneAndRefusesTheOther() throws Exception {
        long rule = data.uncappedRule(WENFENG).id();
        UserDetails worker = userDetails.loadUserByUsername(DemoUsers.WENFENG_WORKER);
        for (int round = 0; round < 5; round++) {
            String key = "race-" + System.nanoTime();
            List<Long> residents = List.of(data.newResident(WENFENG), data.newResident(WENFENG));
            var start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> outcomes = new ArrayList<>();
            for (long resident : residents) {
                outcomes.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
                            .authenticated(worker, worker.getPassword(), worker.getAuthorities())));
                    start.await();
                    try {
                        return grantService.grant(new GrantCommand(resident, rule, 1, data.today(), null, key));
                    } catch (RefusedException e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(results).filteredOn(GrantOutcome.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(PointsRefusedException.class::isInstance).singleElement()
                    .extracting("messageKey").isEqualTo("points.idempotency.conflict");
            assertThat(jdbc.queryForObject("select count(*) from ledger_entry where idempotency_key = ?",
                    Integer.class, key)).isEqualTo(1);
        }
    }
}
