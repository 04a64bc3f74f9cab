package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocreate.KillNine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash loses nothing the screen said was saved: a child JVM posts grants against an H2 file and
 * prints each acknowledged one; it is killed with SIGKILL (kill -9) in mid-stream, several rounds. After
 * each kill every acknowledged grant is in the ledger, and every cached balance equals the sum of its
 * entries (the ledger check's invariant).
 */
class GrantCrashTest {

    private static final int ROUNDS = 3;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedGrantSurvivesKillNine() throws Exception {
        String database = directory.resolve("crash").toAbsolutePath().toString();
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            KillNine.Round result = KillNine.runAndKill(GrantCrashChild.class,
                    List.of(database, String.valueOf(round)), acknowledged, 20 + 15 * round);
            assertThat(result.acknowledged()).as("round %d posted grants before the kill; the child said:%n%s", round,
                    result.lastOutput()).isPositive();
            assertThat(Files.exists(Path.of(database + ".mv.db"))).isTrue();

            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
                Set<String> stored = new HashSet<>(keys(connection));
                assertThat(stored).as("acknowledged grants after round %d", round).containsAll(acknowledged);
                assertThat(differences(connection)).as("accounts whose balance differs from their entries").isEmpty();
            }
        }
    }

    private static List<String> keys(Connection connection) throws Exception {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select idempotency_key from ledger_entry where idempotency_key like 'crash-%'")) {
            var keys = new java.util.ArrayList<String>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }

    private static List<Long> differences(Connection connection) throws Exception {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select a.id from point_account a
                        left join (select account_id, sum(amount) total from ledger_entry group by account_id) e
                          on e.account_id = a.id
                        where a.balance <> coalesce(e.total, 0)""")) {
            var ids = new java.util.ArrayList<Long>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
