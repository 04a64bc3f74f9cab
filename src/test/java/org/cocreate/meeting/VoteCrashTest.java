package org.cocreate.meeting;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A crash loses no vote a phone was told was counted: a child JVM casts votes from the members' ballot links
 * against an H2 file and prints each acknowledged one; it is killed with SIGKILL (kill -9) in mid-stream,
 * several rounds. After each kill every acknowledged vote is in the database, once per member and item.
 */
class VoteCrashTest {

    private static final int ROUNDS = 3;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedVoteSurvivesKillNine() throws Exception {
        String database = directory.resolve("votes").toAbsolutePath().toString();
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            KillNine.Round result = KillNine.runAndKill(VoteCrashChild.class,
                    List.of(database, String.valueOf(round)), acknowledged, 25 + 15 * round);
            assertThat(result.acknowledged()).as("round %d cast votes before the kill; the child said:%n%s", round,
                    result.lastOutput()).isPositive();
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
                Set<String> stored = new HashSet<>();
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("""
                                select v.item_id, v.resident_id from meeting_vote v
                                join meeting_item i on i.id = v.item_id
                                join meeting m on m.id = i.meeting_id where m.title = 'crash-test'""")) {
                    while (rows.next()) {
                        stored.add(rows.getLong(1) + ":" + rows.getLong(2));
                    }
                }
                assertThat(stored).as("acknowledged votes after round %d", round).containsAll(acknowledged);
            }
        }
    }
}
