package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentSearchKey;
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
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩芳娜敏静丽艳娟霞英兰梅燕红玲";

    static {
        // A fresh database each run: the figures must not depend on an earlier run's leftovers.
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench"));
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
        List<String> names = fillCommunity(community);
        long total = client.sql("select count(*) from resident where community_id = ?").param(community)
                .query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(RESIDENTS);

        var random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String name = names.get(random.nextInt(names.size()));
            List<String> readings = List.of(ResidentSearchKey.of(name, null, null).trim().split(" "));
            queries.add(switch (i % 5) {
                case 0 -> name;                                   // 王伟
                case 1 -> readings.get(readings.size() - 1);      // initials of the given name, or a reading
                case 2 -> readings.get(Math.min(2, readings.size() - 1)); // full pinyin, e.g. wangwei
                case 3 -> String.format("%04d", random.nextInt(10_000)); // phone tail
                default -> readings.get(Math.min(3, readings.size() - 1)); // initials, e.g. ww
            });
        }
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

    /** Adds generated residents straight through JDBC (fast), with keys computed like the app does. */
    private List<String> fillCommunity(long community) {
        long existing = client.sql("select count(*) from resident where community_id = ?").param(community)
                .query(Long.class).single();
        List<Long> households = client.sql("""
                select h.id from household h join building b on b.id = h.building_id
                join compound c on c.id = b.compound_id where c.community_id = ?""").param(community)
                .query(Long.class).list();
        var random = new Random(42);
        List<String> names = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < RESIDENTS; i++) {
            String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
            String phone = "13" + String.format("%09d", random.nextInt(1_000_000_000));
            String card = "CB" + String.format("%010d", i);
            names.add(name);
            if (existing < RESIDENTS) {
                rows.add(new Object[] {community, households.get(random.nextInt(households.size())), name, phone, card,
                        ResidentSearchKey.of(name, phone, card), now});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into resident (community_id, household_id, name, phone, card_code, search_key,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
        }
        return names;
    }
}
