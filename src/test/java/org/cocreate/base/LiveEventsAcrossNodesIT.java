package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cocreate.TwoNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes on one PostgreSQL, without a browser: what commits on one is delivered on the other, once;
 * and the second node found the demo the first one loaded and loaded nothing more.
 */
@ExtendWith(TwoNodes.Shared.class)
class LiveEventsAcrossNodesIT {

    record Ping(long communityId, int n) implements LiveEvent {
    }

    private static final long COMMUNITY = 8_000_001L;

    static TwoNodes nodes;

    @BeforeAll
    static void nodes(TwoNodes started) {
        nodes = started;
    }

    @Test
    void theSecondNodeFoundTheDemoOfTheFirstAndLoadedNothingMore() {
        JdbcClient jdbc = nodes.b.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from community").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from redemption_session").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from scoring_standard").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'counter'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anEventCommittedOnOneNodeIsDeliveredOnceOnEach() throws InterruptedException {
        LiveEvents onA = nodes.a.getBean(LiveEvents.class);
        LiveEvents onB = nodes.b.getBean(LiveEvents.class);
        List<Ping> heardOnA = new CopyOnWriteArrayList<>();
        List<Ping> heardOnB = new CopyOnWriteArrayList<>();
        List<Long> arrivedOnB = new CopyOnWriteArrayList<>();
        Registration one = onA.subscribe(Ping.class, COMMUNITY, heardOnA::add);
        Registration two = onB.subscribe(Ping.class, COMMUNITY, ping -> {
            arrivedOnB.add(System.nanoTime());
            heardOnB.add(ping);
        });
        try {
            long committed = commitOn(nodes.a, new Ping(COMMUNITY, 1));
            await(() -> !heardOnB.isEmpty());
            System.out.printf("Live events across nodes: committed on A, delivered on B after %.1f ms%n",
                    (arrivedOnB.getFirst() - committed) / 1e6);
            commitOn(nodes.b, new Ping(COMMUNITY, 2));
            await(() -> heardOnA.size() == 2 && heardOnB.size() == 2);
            // A's echo of 1 was committed before B sent 2, so it would have come before 2; B's echo of 2 gets
            // a moment more.
            Thread.sleep(200);

            assertThat(heardOnA).containsExactly(new Ping(COMMUNITY, 1), new Ping(COMMUNITY, 2));
            assertThat(heardOnB).containsExactly(new Ping(COMMUNITY, 1), new Ping(COMMUNITY, 2));
        } finally {
            one.remove();
            two.remove();
        }
    }

    private static long commitOn(org.springframework.context.ApplicationContext node, LiveEvent event) {
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> node.publishEvent(event));
        return System.nanoTime();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }
}
