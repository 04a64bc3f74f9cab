package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.cocreate.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * H2 2.4 keeps, in a CHECK constraint with an IN list, the session that created it; once that session is
 * closed, every insert the constraint checks fails ("Check constraint invalid … database has been closed").
 * The pool retires its connections (after 30 minutes at the latest), so on a freshly migrated H2 database
 * grants, redemptions and new catalogue items failed after a while until the next restart. Here the pool's
 * connections are retired at once, and an insert checked by such a constraint must still work.
 * (Same Spring context as the view tests; H2 only, the defect is H2's.)
 */
@ViewTest
class H2MigrationConnectionTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void constraintsWithAnInListStillCheckAfterThePoolRetiredEveryConnection() throws Exception {
        List<Long> before = sessions();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sessions().stream().filter(before::contains).count() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sessions()).as("the pool's earlier connections are closed").filteredOn(before::contains)
                .hasSizeLessThanOrEqualTo(1);

        long community = jdbc.sql("select min(id) from community").query(Long.class).single();
        assertThatCode(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("insert into exchange_item (community_id, kind, name, unit, price) values (?, 'GOODS', ?, '袋', 1)")
                    .params(community, "约束检查" + System.nanoTime()).update();
        })).doesNotThrowAnyException();
    }

    private List<Long> sessions() {
        return jdbc.sql("select session_id from information_schema.sessions").query(Long.class).list();
    }
}
