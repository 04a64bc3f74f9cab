package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V8__Fill_resident_search_prefixes;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The search index (resident_search_prefix) follows every change of a resident, and finds exactly what the
 * LIKE scan over the search keys found before it, in the same order.
 */
@ServiceTest
@WithUserDetails(DemoUsers.DAIMO_WORKER)
class ResidentSearchIndexTest {

    /** The search before issue 11, kept here to prove the index finds the same. */
    private static final String LIKE_SCAN = """
            select r.id from resident r
            where r.community_id = ? and r.search_key like ?
            order by length(r.name), r.name, r.id
            fetch first ? rows only""";

    @Autowired
    ResidentService residents;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private List<Long> found(long communityId, String query) {
        return residents.search(communityId, query, 50).stream().map(ResidentListEntry::id).toList();
    }

    private long household(long communityId) {
        return residents.list(communityId, null, "", 0, 1).getFirst().household().id();
    }

    @Test
    void aRenamedResidentIsFoundByTheNewNameAndNoLongerByTheOld() {
        long daimoge = communityData.community(CommunityTestData.DAIMOGE);
        long home = household(daimoge);
        long id = residents.register(daimoge,
                new ResidentDraft("闵子骞", null, 1970, "13911112468", home, null, Set.of()));
        assertThat(found(daimoge, "mzq")).contains(id);
        assertThat(found(daimoge, "2468")).contains(id);

        residents.update(id, new ResidentDraft("卜子夏", null, 1970, "13922223579", home, null, Set.of()));

        assertThat(found(daimoge, "闵子骞")).doesNotContain(id);
        assertThat(found(daimoge, "minziqian")).doesNotContain(id);
        assertThat(found(daimoge, "mzq")).doesNotContain(id);
        assertThat(found(daimoge, "2468")).doesNotContain(id);
        assertThat(found(daimoge, "卜子夏")).contains(id);
        assertThat(found(daimoge, "buzixia")).contains(id);
        assertThat(found(daimoge, "zx")).contains(id);
        assertThat(found(daimoge, "3579")).contains(id);
        assertThat(residents.count(daimoge, null, "mzq")).isZero();
        assertThat(residents.list(daimoge, null, "bzx", 0, 50)).extracting(ResidentListEntry::id).contains(id);
    }

    @Test
    void aReissuedCardIsFoundByItsNewCodeAndNoLongerByTheOld() {
        long daimoge = communityData.community(CommunityTestData.DAIMOGE);
        long id = residents.register(daimoge, ResidentDraft.of("颛孙师", household(daimoge)));
        String oldCode = residents.card(id).cardCode();
        assertThat(found(daimoge, oldCode)).containsExactly(id);

        String newCode = residents.reissueCard(id).cardCode();

        assertThat(found(daimoge, oldCode)).isEmpty();
        assertThat(found(daimoge, newCode)).containsExactly(id);
        assertThat(found(daimoge, newCode.toLowerCase())).containsExactly(id);
    }

    @Test
    void aDeletedResidentTakesItsIndexRowsWithIt() {
        long daimoge = communityData.community(CommunityTestData.DAIMOGE);
        long id = residents.register(daimoge, ResidentDraft.of("公西华", household(daimoge)));
        assertThat(indexRowsOf(id)).isPositive();

        // The application deletes no resident; should one ever be deleted, the foreign key's cascade cleans up.
        jdbc.sql("delete from resident where id = ?").param(id).update();

        assertThat(indexRowsOf(id)).isZero();
        assertThat(found(daimoge, "gxh")).doesNotContain(id);
    }

    @Test
    void theIndexFindsWhatTheLikeScanFoundInTheSameOrderForEveryKindOfQuery() {
        long daimoge = communityData.community(CommunityTestData.DAIMOGE);
        String chenBinsCard = residents.card(residents.search(daimoge, "陈斌", 1).getFirst().id()).cardCode();
        List<String> queries = List.of(
                "陈斌", "陈", "斌", "cb", "c", "chenbin", "chen", "ChenBin", "CB", " chen bin ", "陈\u3000斌",
                "bin", "b", "5678", "138", "1", "13872345678", chenBinsCard, chenBinsCard.toLowerCase(), "cc",
                // polyphonic surnames: 曾 zeng/ceng, 单 shan/dan; and common initials and syllables
                "zeng", "ceng", "z", "shan", "dan", "w", "wang", "l", "li", "zh", "x", "y", "ww", "lx", "zy",
                "芳", "英", "秀英", "fang", "xiuying", "xy", "ying", "nobody", "qqqq", "9999",
                // longer than the index holds (6 characters): looked up by the first six, checked by the key
                "chenbi", "chenbinx", "wangxiuying", "zhangxiuying", "1387234", "1387234567");
        for (String query : queries) {
            String prefix = ResidentSearchKey.searchPrefix(query);
            for (int limit : new int[] {8, 20, 100}) {
                List<Long> scanned = jdbc.sql(LIKE_SCAN).params(daimoge, "% " + prefix + "%", limit)
                        .query(Long.class).list();
                assertThat(residents.search(daimoge, query, limit)).as("search %s, limit %d", query, limit)
                        .extracting(ResidentListEntry::id).containsExactlyElementsOf(scanned);
            }
            long matching = jdbc.sql("select count(*) from resident where community_id = ? and search_key like ?")
                    .params(daimoge, "% " + prefix + "%").query(Long.class).single();
            assertThat(residents.count(daimoge, null, query)).as("count %s", query).isEqualTo(matching);
            assertThat(residents.list(daimoge, null, query, 0, 1_000)).as("list %s", query).hasSize((int) matching);
        }
        assertThat(residents.search(daimoge, "   ", 20)).isEmpty();
        assertThat(residents.count(daimoge, null, "   ")).isEqualTo(residents.count(daimoge, null, ""));
    }

    @Test
    void everyResidentsIndexRowsAreThePrefixesOfTheirCurrentSearchKey() {
        // Would fail if a place that writes a resident's name, phone or card (and so its search key) forgot
        // the index: the demo data, and whatever the other tests of this context changed before.
        assertThat(indexRows()).isEqualTo(expectedRows());
    }

    @Test
    void theMigrationFillsTheIndexOfExistingResidentsAsTheApplicationWritesIt() throws Exception {
        Set<String> written = indexRows();
        jdbc.sql("delete from resident_search_prefix").update();
        assertThat(found(communityData.community(CommunityTestData.DAIMOGE), "cb")).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            new V8__Fill_resident_search_prefixes().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(indexRows()).isEqualTo(written).isEqualTo(expectedRows());
    }

    private long indexRowsOf(long residentId) {
        return jdbc.sql("select count(*) from resident_search_prefix where resident_id = ?").param(residentId)
                .query(Long.class).single();
    }

    private Set<String> indexRows() {
        return jdbc.sql("select resident_id, community_id, prefix, name, name_length from resident_search_prefix")
                .query((row, n) -> row.getLong(1) + "|" + row.getLong(2) + "|" + row.getString(3) + "|"
                        + row.getString(4) + "|" + row.getInt(5))
                .set();
    }

    /** Each resident's rows as derived from the search key kept beside them since the register began. */
    private Set<String> expectedRows() {
        return jdbc.sql("select id, community_id, search_key, name from resident")
                .query((row, n) -> {
                    String resident = row.getLong(1) + "|" + row.getLong(2) + "|";
                    String name = row.getString(4);
                    return ResidentSearchKey.prefixes(Arrays.asList(row.getString(3).trim().split(" "))).stream()
                            .map(prefix -> resident + prefix + "|" + name + "|" + name.length())
                            .collect(Collectors.toSet());
                })
                .list().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }
}
