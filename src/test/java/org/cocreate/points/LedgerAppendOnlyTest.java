package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger is append-only: no code path can delete or update an entry, and none does. */
@ServiceTest
class LedgerAppendOnlyTest {

    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Test
    void noRepositoryOfThePointsFeatureOffersADeleteOrAModifyingQuery() {
        List<Class<?>> repositories = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cocreate.points").stream()
                .filter(c -> c.isInterface() && c.isAssignableTo(Repository.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
        assertThat(repositories).contains(LedgerEntryRepository.class, PointAccountRepository.class,
                ScoringStandardRepository.class, ScoringRuleRepository.class, PointGrantRepository.class);

        for (Class<?> repository : repositories) {
            assertThat(CrudRepository.class.isAssignableFrom(repository))
                    .as("%s must not inherit CRUD deletes", repository.getSimpleName()).isFalse();
            for (Method method : repository.getMethods()) {
                String name = method.getName().toLowerCase();
                assertThat(name).as("%s.%s", repository.getSimpleName(), method.getName())
                        .doesNotStartWith("delete").doesNotStartWith("remove").doesNotStartWith("update");
                assertThat(method.isAnnotationPresent(Modifying.class)).as("%s.%s is @Modifying",
                        repository.getSimpleName(), method.getName()).isFalse();
                Query query = method.getAnnotation(Query.class);
                if (query != null) {
                    assertThat(query.value().trim().toLowerCase()).as("%s.%s", repository.getSimpleName(),
                            method.getName()).startsWith("select");
                }
            }
        }
        assertThat(Arrays.stream(LedgerEntryRepository.class.getMethods()).map(Method::getName))
                .contains("save").allSatisfy(n -> assertThat(n).matches("save|find.*|exists.*|count.*|quantity.*|sums.*|expirySums.*"));
    }

    @Test
    void grantsDebitsAndReversalsNeverChangeAnExistingRow() throws Exception {
        data.grantsPostAtOnce("文峰塔社区");
        long resident = data.newResident("文峰塔社区");
        long rule = data.rule("文峰塔社区", "志愿服务").id();
        PostedEntry granted = data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> grantService.grant(new GrantCommand(resident, rule, 3, data.today(), "before", null)).posted());
        Map<Long, String> before = rows();

        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            points.reverse(granted.entryId(), "checksum");
            grantService.grant(new GrantCommand(resident, rule, 2, data.today(), "after", null));
            transaction.executeWithoutResult(s -> points.debit(resident, Points.of(1), "exchange", null));
        });
        // Even a change made to a loaded entry is never written: the entity is immutable.
        transaction.executeWithoutResult(status -> {
            LedgerEntry entry = entries.findById(granted.entryId()).orElseThrow();
            try {
                var note = LedgerEntry.class.getDeclaredField("note");
                note.setAccessible(true);
                note.set(entry, "tampered");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            entityManager.flush();
        });

        Map<Long, String> after = rows();
        assertThat(after.size()).isEqualTo(before.size() + 3);
        before.forEach((id, checksum) -> assertThat(after.get(id)).as("ledger entry %s", id).isEqualTo(checksum));
        assertThat(checksum(before)).isEqualTo(checksum(after.entrySet().stream()
                .filter(e -> before.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /** Every row of the ledger, as a digest of all its columns, by id. */
    private Map<Long, String> rows() {
        return jdbc.query("select * from ledger_entry order by id", (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append('|');
            }
            return Map.entry(rs.getLong("id"), row.toString());
        }).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String checksum(Map<Long, String> rows) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> digest.update(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }
}
