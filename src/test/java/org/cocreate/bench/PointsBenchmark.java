package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cocreate.DemoUsers;
import org.cocreate.points.GrantService;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.BulkGrantCommand;
import org.cocreate.points.BulkGrantResult;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.Points;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.PointsService;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
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
 * Points at the service, on an H2 file database like production: a single grant (role, tenant, lock,
 * cap and idempotency checks, audit line, commit), and the ledger check over 100,000 entries.
 * Run: ./mvnw -Pbench verify
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        // Enough residents for a bulk grant to 500 of one community.
        "cocreate.demo.residents=2400",
        "spring.datasource.url=jdbc:h2:file:./target/bench/points;WRITE_DELAY=0"})
@ActiveProfiles({"demo", "test"})
class PointsBenchmark {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/points.mv.db"));
    }

    private static final int WARM_UP = 300;
    private static final int MEASURED = 3_000;
    private static final int LEDGER_ENTRIES = 100_000;

    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    ScoringStandardService standards;
    @Autowired
    PointsSettingsService settings;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    @Test
    void singleGrantAndLedgerCheck() {
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> residents = jdbc.sql("select id from resident where community_id = ? order by id")
                .param(community).query(Long.class).list();
        // A version of the standard with one uncapped rule, in effect from today, so that thousands of
        // grants to a few hundred residents measure the grant and not the cap refusals.
        RuleEntry rule = benchmarkRule(community);
        signIn(DemoUsers.WENFENG_WORKER);
        StandardEntry standard = standards.inEffect(community, LocalDate.now()).orElseThrow();

        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            var command = new GrantCommand(residents.get(i % residents.size()), rule.id(), 1, LocalDate.now(),
                    null, UUID.randomUUID().toString());
            long started = System.nanoTime();
            grantService.grant(command);
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = System.nanoTime() - started;
            }
        }
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("singleGrant(H2 file)", nanos));

        long entries = addLedgerEntries(community, standard.id(), rule.id());
        signIn(DemoUsers.WENFENG_ADMIN);
        long[] check = new long[5];
        for (int i = 0; i < check.length; i++) {
            long started = System.nanoTime();
            assertThat(points.ledgerCheck(community)).as("no differences").isEmpty();
            check[i] = System.nanoTime() - started;
        }
        System.out.println(BenchmarkStatistics.summary("ledgerCheck(" + entries + " entries in the community)", check));
        SecurityContextHolder.clearContext();
    }

    /**
     * One rule to 500 residents in one transaction (all or none), posting at once: 500 account locks, cap
     * checks, grants, ledger entries and audit lines. Target: at most one second.
     */
    @Test
    void bulkGrantTo500Residents() {
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> residents = jdbc.sql("select id from resident where community_id = ? order by id limit 500")
                .param(community).query(Long.class).list();
        assertThat(residents).hasSize(500);
        RuleEntry rule = benchmarkRule(community);
        signIn(DemoUsers.WENFENG_WORKER);
        int rounds = 25;
        int warmUp = 5;
        long[] nanos = new long[rounds - warmUp];
        for (int i = 0; i < rounds; i++) {
            var command = new BulkGrantCommand(residents, rule.id(), 1, LocalDate.now(), null,
                    "bulk-" + UUID.randomUUID(), null);
            long started = System.nanoTime();
            BulkGrantResult result = grantService.bulkGrant(command);
            long took = System.nanoTime() - started;
            assertThat(result.count(GrantStatus.POSTED)).isEqualTo(500);
            if (i >= warmUp) {
                nanos[i - warmUp] = took;
            }
        }
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("bulkGrant(500 residents, H2 file)", nanos));
        SecurityContextHolder.clearContext();
    }

    /**
     * A version of the standard with one uncapped rule, in effect from today (made once), so that thousands
     * of grants to a few hundred residents measure the grant and not the cap refusals; grants post at once,
     * so that the full way from the tablet to the ledger is what is measured.
     */
    private synchronized RuleEntry benchmarkRule(long community) {
        signIn(DemoUsers.WENFENG_ADMIN);
        try {
            settings.update(community, new CommunityPointsSettings(1_000_000, 0, null));
            StandardEntry current = standards.inEffect(community, LocalDate.now()).orElseThrow();
            var existing = standards.rules(current.id()).stream()
                    .filter(r -> r.content().name().equals("基准测试规则")).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            StandardEntry draft = standards.draft(community, "基准测试");
            RuleEntry rule = standards.addRule(draft.id(), new RuleDraft(RuleCategory.VOLUNTEERING, "基准测试规则",
                    null, Points.of(2), false, null, null, false, false, null));
            standards.adopt(draft.id(), LocalDate.now(), "benchmark");
            return rule;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Grants written straight into the ledger (as the service would, with balances kept in step). */
    private long addLedgerEntries(long community, long standardId, long ruleId) {
        List<long[]> accounts = jdbc.sql("select id, balance from point_account where community_id = ?")
                .param(community).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Date today = Date.valueOf(LocalDate.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < LEDGER_ENTRIES; i++) {
            long[] account = accounts.get(i % accounts.size());
            account[1] += 2;
            rows.add(new Object[] {account[0], community, 2L, account[1], today, ruleId, standardId, now});
        }
        template.batchUpdate("insert into ledger_entry (account_id, community_id, kind, amount, balance_after,"
                + " occurred_on, rule_id, standard_version_id, created_by, created_at)"
                + " values (?, ?, 'GRANT', ?, ?, ?, ?, ?, 'bench', ?)", rows);
        template.batchUpdate("update point_account set balance = ? where id = ?",
                accounts.stream().map(a -> new Object[] {a[1], a[0]}).toList());
        return jdbc.sql("select count(*) from ledger_entry where community_id = ?").param(community)
                .query(Long.class).single();
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
