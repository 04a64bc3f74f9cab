package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one search field over 50,000 residents of one community, at the service (with its security and
 * tenant checks), on an H2 file database like production. Run: ./mvnw -Pbench verify
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/search;WRITE_DELAY=0",
        "spring.flyway.clean-disabled=false"})
@ActiveProfiles({"demo", "test"})
class ResidentSearchBenchmark {

    private static final int RESIDENTS = 50_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

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
    void searchOverFiftyThousandResidents() {
        long community = client.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<String> names = BenchData.fillCommunity(jdbc, client, community, RESIDENTS);
        long total = client.sql("select count(*) from resident where community_id = ?").param(community)
                .query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(RESIDENTS);

        List<String> queries = BenchData.queries(names, WARM_UP + MEASURED, 7);
        long[] nanos = new long[MEASURED];
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            long started = System.nanoTime();
            List<ResidentListEntry> result = residents.search(community, queries.get(i), ResidentService.SEARCH_LIMIT);
            long took = System.nanoTime() - started;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
                found += result.isEmpty() ? 0 : 1;
            }
        }
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("residentSearch50k(H2 file, limit 20)", nanos));
        assertThat(found).as("most queries find somebody").isGreaterThan(MEASURED / 2);
    }
}
