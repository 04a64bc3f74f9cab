package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocreate.KillNine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash loses nothing the counter said was redeemed, and leaves nothing half done: a child JVM redeems
 * baskets against an H2 file and prints each acknowledged one; it is killed with SIGKILL (kill -9) in
 * mid-stream, several rounds. After each kill every acknowledged redemption is there, and every redemption
 * is whole: its debit, its lines and a stock movement for each line; stock and balances equal the sums of
 * their movements and entries.
 */
class RedemptionCrashTest {

    private static final int ROUNDS = 3;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedRedemptionIsCompleteAfterKillNine() throws Exception {
        String database = directory.resolve("crash").toAbsolutePath().toString();
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            KillNine.Round result = KillNine.runAndKill(RedemptionCrashChild.class,
                    List.of(database, String.valueOf(round)), acknowledged, 20 + 15 * round);
            assertThat(result.acknowledged()).as("round %d redeemed before the kill; the child said:%n%s", round,
                    result.lastOutput()).isPositive();

            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
                assertThat(strings(connection, "select idempotency_key from redemption where idempotency_key like '"
                        + RedemptionCrashChild.KEY_PREFIX + "%'"))
                        .as("acknowledged redemptions after round %d", round).containsAll(acknowledged);
                assertThat(strings(connection, """
                        select r.idempotency_key from redemption r
                        left join ledger_entry e on e.id = r.ledger_entry_id
                        where e.id is null or e.amount <> -r.points""")).as("redemptions without their debit").isEmpty();
                assertThat(strings(connection, """
                        select e.idempotency_key from ledger_entry e
                        where e.idempotency_key like 'redeem:%'
                          and not exists (select 1 from redemption r where r.ledger_entry_id = e.id)"""))
                        .as("debits without their redemption").isEmpty();
                assertThat(strings(connection, """
                        select r.idempotency_key from redemption r
                        where r.points <> (select coalesce(sum(l.points), 0) from redemption_line l
                                           where l.redemption_id = r.id)""")).as("redemptions without all their lines")
                        .isEmpty();
                assertThat(strings(connection, """
                        select cast(l.id as varchar) from redemption_line l join redemption r on r.id = l.redemption_id
                        where r.idempotency_key like 'xcrash-%' and not exists (select 1 from stock_movement m
                          where m.redemption_id = l.redemption_id and m.item_id = l.item_id
                            and m.quantity = -l.quantity)""")).as("lines without their stock movement").isEmpty();
                assertThat(strings(connection, """
                        select i.name from exchange_item i
                        where i.stock <> (select coalesce(sum(m.quantity), 0) from stock_movement m
                                          where m.item_id = i.id)""")).as("items whose stock differs from movements")
                        .isEmpty();
                assertThat(strings(connection, """
                        select cast(a.id as varchar) from point_account a
                        where a.balance <> (select coalesce(sum(e.amount), 0) from ledger_entry e
                                            where e.account_id = a.id)""")).as("balances that differ from entries")
                        .isEmpty();
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(3 * 20 + 15 * 6);
    }

    private static List<String> strings(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
