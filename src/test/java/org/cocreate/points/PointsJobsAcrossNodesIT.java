package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cocreate.DemoUsers;
import org.cocreate.TwoNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The posting job runs once per sub-district, not once per node: fired on two nodes of one PostgreSQL at
 * the same moment, it runs on one of them, and each grant posts once.
 */
@ExtendWith(TwoNodes.Shared.class)
class PointsJobsAcrossNodesIT {

    private static final String WENFENG = "文峰塔社区";
    private static final String VOLUNTEERING = "志愿服务";

    static TwoNodes nodes;

    @BeforeAll
    static void nodes(TwoNodes started) {
        nodes = started;
    }

    @Test
    void firedOnBothNodesAtOnceThePostingRunsOnOneNodeAndEachGrantPostsOnce() throws Exception {
        PointsTestData data = nodes.a.getBean(PointsTestData.class);
        GrantService points = nodes.a.getBean(GrantService.class);
        JdbcClient jdbc = nodes.a.getBean(JdbcClient.class);
        data.settings(WENFENG, 20, 3);
        long rule = data.rule(WENFENG, VOLUNTEERING).id();
        List<GrantOutcome> grants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long resident = data.newResident(WENFENG);
            grants.add(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> points.grant(new GrantCommand(resident, rule, 1,
                    data.today(), "two nodes", null))));
        }
        assertThat(grants).allSatisfy(g -> assertThat(g.status()).isEqualTo(GrantStatus.NOTICE));
        LocalDateTime ended = grants.stream().map(GrantOutcome::noticeUntil).max(Comparator.naturalOrder())
                .orElseThrow().plusMinutes(1);
        String ids = grants.stream().map(g -> String.valueOf(g.grantId())).collect(Collectors.joining(","));

        // The latch: the test's own transaction holds the rows of these grants, so the node whose run has the
        // job stops at the first of them, in the middle of its run, while the other node's run tries.
        // (Closed in reverse: the held rows go first, so that a failed assertion leaves no run waiting.)
        try (ExecutorService timers = Executors.newFixedThreadPool(2);
                Connection holder = nodes.a.getBean(DataSource.class).getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select id from point_grant where id in (" + ids + ") for update")) {
                lock.executeQuery().close();
            }
            var bothAtOnce = new CyclicBarrier(2);
            CompletableFuture<Optional<Integer>> onA = fire(nodes.a.getBean(PointsJobs.class), ended, bothAtOnce,
                    timers);
            CompletableFuture<Optional<Integer>> onB = fire(nodes.b.getBean(PointsJobs.class), ended, bothAtOnce,
                    timers);

            Object first = CompletableFuture.anyOf(onA, onB).get(20, TimeUnit.SECONDS);
            assertThat(first).as("the node that found the job running skipped its turn").isEqualTo(Optional.empty());
            assertThat(onA.isDone() && onB.isDone()).as("the other one is still at it").isFalse();
            assertThat(statuses(jdbc, ids)).as("nobody posted them while the run is held").containsOnly("NOTICE");
            holder.rollback();

            List<Optional<Integer>> runs = List.of(onA.get(20, TimeUnit.SECONDS), onB.get(20, TimeUnit.SECONDS));
            assertThat(runs).as("one node ran the job, the other skipped it").filteredOn(Optional::isPresent)
                    .singleElement().satisfies(posted -> assertThat(posted.orElseThrow())
                            .isGreaterThanOrEqualTo(grants.size()));
            assertThat(runs).filteredOn(Optional::isEmpty).hasSize(1);
        }
        assertThat(statuses(jdbc, ids)).hasSize(grants.size()).containsOnly("POSTED");
        for (GrantOutcome grant : grants) {
            assertThat(jdbc.sql("""
                    select count(*) from ledger_entry e join point_account a on a.id = e.account_id
                    where a.resident_id = (select resident_id from point_grant where id = ?)""")
                    .param(grant.grantId()).query(Long.class).single()).as("one ledger entry").isEqualTo(1);
        }
    }

    /** Each node's timer, on a thread of its own (not the common pool: it may have one thread here). */
    private static CompletableFuture<Optional<Integer>> fire(PointsJobs jobs, LocalDateTime now, CyclicBarrier gate,
            ExecutorService timer) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return jobs.postEndedNotices(now);
        }, timer);
    }

    private static List<String> statuses(JdbcClient jdbc, String ids) {
        return jdbc.sql("select status from point_grant where id in (" + ids + ")").query(String.class).list();
    }
}
