package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.TestDatabaseEnvironment;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentSearchKey;
import org.cocreate.community.ResidentService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one search field over 50,000 residents of one community, the scan it was and the index it is, side by
 * side in one run on the same data and the same 2,000 queries: every query goes through the old LIKE scan of
 * the keys, the index lookup, and the service (with its security and tenant checks, on the index), and the
 * service must find the same residents in the same order as the scan. H2 file database like production, or
 * PostgreSQL with -Dcocreate.test.database=postgres. Run: see docs/PERFORMANCE.md.
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.h2-file=./target/bench/search",
        "spring.flyway.clean-disabled=false"})
@ActiveProfiles({"demo", "test"})
class ResidentSearchBenchmark {

    private static final int RESIDENTS = 50_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

    /** The search before issue 11, kept here only to compare with: every key of the community read. */
    private static final String LIKE_SCAN = """
            select r.id from resident r
            where r.community_id = ? and r.search_key like ?
            order by length(r.name), r.name, r.id
            fetch first ? rows only""";
    /** What ResidentRepository.searchIds asks, in SQL: the first rows of a range of the index. */
    private static final String INDEX_LOOKUP = """
            select p.resident_id from resident_search_prefix p
            where p.community_id = ? and p.prefix = ?
            order by p.community_id, p.prefix, p.name_length, p.name, p.resident_id
            fetch first ? rows only""";
    /** And ResidentRepository.searchIdsBeyondHead, for a query longer than the index holds. */
    private static final String INDEX_LOOKUP_BEYOND_HEAD = """
            select p.resident_id from resident_search_prefix p join resident r on r.id = p.resident_id
            where p.community_id = ? and p.prefix = ? and r.search_key like ?
            order by p.community_id, p.prefix, p.name_length, p.name, p.resident_id
            fetch first ? rows only""";

    static {
        // A fresh database each run: the figures must not depend on an earlier run's leftovers.
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/search.mv.db"));
    }

    @Autowired
    ResidentService residents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient client;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void searchOverFiftyThousandResidentsScanAgainstIndex() {
        long community = client.sql("select id from community where name = '文峰塔社区'")
                .query(Long.class).single();
        long filling = System.nanoTime();
        List<String> names = BenchData.fillCommunity(jdbc, client, community, RESIDENTS);
        System.out.printf("BENCH filled %,d residents and %,d index rows in %,d ms%n", RESIDENTS,
                client.sql("select count(*) from resident_search_prefix").query(Long.class).single(),
                (System.nanoTime() - filling) / 1_000_000);
        long total = client.sql("select count(*) from resident where community_id = ?").param(community)
                .query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(RESIDENTS);
        // Fresh statistics for PostgreSQL's planner after the bulk insert, as autovacuum would give them.
        if (TestDatabaseEnvironment.onPostgres()) {
            jdbc.execute("analyze");
        }

        int limit = ResidentService.SEARCH_LIMIT;
        List<String> queries = BenchData.queries(names, WARM_UP + MEASURED, 7);
        long[] scan = new long[MEASURED];
        long[] index = new long[MEASURED];
        long[] service = new long[MEASURED];
        int found = 0;
        List<String> different = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            String pattern = "% " + ResidentSearchKey.searchPrefix(query) + "%";
            long started = System.nanoTime();
            List<Long> scanned = client.sql(LIKE_SCAN).params(community, pattern, limit).query(Long.class).list();
            long scanTook = System.nanoTime() - started;

            started = System.nanoTime();
            String prefix = ResidentSearchKey.searchPrefix(query);
            String head = ResidentSearchKey.indexedHead(prefix);
            List<Long> looked = (head.equals(prefix) ? client.sql(INDEX_LOOKUP).params(community, prefix, limit)
                    : client.sql(INDEX_LOOKUP_BEYOND_HEAD).params(community, head, pattern, limit))
                    .query(Long.class).list();
            long indexTook = System.nanoTime() - started;

            started = System.nanoTime();
            List<ResidentListEntry> result = residents.search(community, query, limit);
            long serviceTook = System.nanoTime() - started;

            List<Long> served = result.stream().map(ResidentListEntry::id).toList();
            if (!served.equals(scanned) || !looked.equals(scanned)) {
                different.add(query + ": scan " + scanned + ", index " + looked + ", service " + served);
            }
            if (i >= WARM_UP) {
                scan[i - WARM_UP] = scanTook;
                index[i - WARM_UP] = indexTook;
                service[i - WARM_UP] = serviceTook;
                found += result.isEmpty() ? 0 : 1;
            }
        }
        String run = "residentSearch50k(" + (TestDatabaseEnvironment.onPostgres() ? "PostgreSQL" : "H2 file")
                + ", limit 20) ";
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary(run + "old LIKE scan, ids", scan));
        System.out.println(BenchmarkStatistics.summary(run + "index lookup, ids", index));
        System.out.println(BenchmarkStatistics.summary(run + "ResidentService.search on the index", service));
        System.out.printf("BENCH %d of %d measured queries found somebody; %d of %d queries differ%n", found, MEASURED,
                different.size(), queries.size());
        assertThat(different).as("the index finds what the scan found, in the same order").isEmpty();
        assertThat(found).as("most queries find somebody").isGreaterThan(MEASURED / 2);
    }
}
