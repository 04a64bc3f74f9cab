package org.cocreate.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocreate.community.ResidentSearchIndex;
import org.cocreate.community.ResidentSearchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data the benchmarks add straight through JDBC (fast), written the way the application would write it. */
final class BenchData {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩芳娜敏静丽艳娟霞英兰梅燕红玲";

    private BenchData() {
    }

    /**
     * Adds {@code count} generated residents to the community's households, with search keys and search index
     * rows computed like the app does (unless a kept database already holds them), and returns their names.
     */
    static List<String> fillCommunity(JdbcTemplate jdbc, JdbcClient client, long community, int count) {
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
        for (int i = 0; i < count; i++) {
            String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
            String phone = "13" + String.format("%09d", random.nextInt(1_000_000_000));
            String card = "CB" + String.format("%010d", i);
            names.add(name);
            if (existing < count) {
                rows.add(new Object[] {community, households.get(random.nextInt(households.size())), name, phone, card,
                        ResidentSearchKey.of(name, phone, card), now});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into resident (community_id, household_id, name, phone, card_code, search_key,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
            // Their rows of the search index, written by the code that writes them for the application.
            ResidentSearchIndex.write(jdbc, client.sql("""
                    select id, community_id, name, phone, card_code from resident
                    where community_id = ? and card_code like 'CB%' order by id""").param(community)
                    .query((row, n) -> new ResidentSearchIndex.Indexed(row.getLong("id"), row.getLong("community_id"),
                            row.getString("name"), row.getString("phone"), row.getString("card_code")))
                    .list());
        }
        return names;
    }

    /** Plenty of points for each resident, written as the ledger would (entries and balances in step). */
    static void givePoints(JdbcTemplate template, JdbcClient jdbc, long community, List<Long> residents) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Date today = Date.valueOf(LocalDate.now());
        for (long resident : residents) {
            template.update("insert into point_account (resident_id, community_id, balance) select ?, ?, 0 "
                    + "where not exists (select 1 from point_account where resident_id = ?)", resident, community,
                    resident);
            long account = jdbc.sql("select id from point_account where resident_id = ?").param(resident)
                    .query(Long.class).single();
            long balance = jdbc.sql("select balance from point_account where id = ?").param(account)
                    .query(Long.class).single();
            template.update("insert into ledger_entry (account_id, community_id, kind, amount, balance_after, "
                    + "occurred_on, created_by, created_at) values (?, ?, 'GRANT', 1000000, ?, ?, 'bench', ?)",
                    account, community, balance + 1_000_000, today, now);
            template.update("update point_account set balance = ? where id = ?", balance + 1_000_000, account);
        }
    }

    /**
     * Queries as staff type them, in turn: a name (王伟), the initials of the given name or a reading, the
     * full pinyin (wangwei), the last 4 digits of a phone, the initials (ww).
     */
    static List<String> queries(List<String> names, int count, long seed) {
        var random = new Random(seed);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            List<String> readings = List.of(ResidentSearchKey.of(name, null, null).trim().split(" "));
            queries.add(switch (i % 5) {
                case 0 -> name;
                case 1 -> readings.get(readings.size() - 1);
                case 2 -> readings.get(Math.min(2, readings.size() - 1));
                case 3 -> String.format("%04d", random.nextInt(10_000));
                default -> readings.get(Math.min(3, readings.size() - 1));
            });
        }
        return queries;
    }
}
