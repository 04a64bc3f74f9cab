package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import javax.sql.DataSource;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.cocreate.ServiceTest;
import org.cocreate.TestDatabaseEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one broadcaster of live screens: what committed reaches the subscribers of its type and community,
 * what rolled back reaches nobody; on PostgreSQL (the build's second run), events go to and come from
 * another node (here a second broadcaster on its own connections), a node's own echo is not delivered twice,
 * a dropped listening connection comes back, and an event too big for a notification stays on its node.
 */
@ServiceTest
class LiveEventsTest {

    /** Events of this test only, so that no screen of another test hears them. */
    record Ping(long communityId, int n) implements LiveEvent {
    }

    record Note(long communityId, String text) implements LiveEvent {
    }

    /**
     * A community of each test's own: an event of an earlier test may still be on its way (sent after the
     * commit, on the relay's thread) and must not count here.
     */
    private static final AtomicLong COMMUNITIES = new AtomicLong(7_000_000L);

    @Autowired
    LiveEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    DataSource dataSource;

    private final long community = COMMUNITIES.addAndGet(10);
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private LiveEvents otherNode;

    @AfterEach
    void unsubscribe() {
        registrations.forEach(Registration::remove);
        if (otherNode != null) {
            otherNode.close();
        }
    }

    private <E extends LiveEvent> List<E> heard(LiveEvents on, Class<E> type, long community) {
        List<E> heard = new CopyOnWriteArrayList<>();
        registrations.add(on.subscribe(type, community, heard::add));
        return heard;
    }

    private void commit(LiveEvent event) {
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    @Test
    void aCommittedEventReachesTheSubscribersOfItsTypeAndCommunityOnly() throws InterruptedException {
        List<Ping> one = heard(events, Ping.class, community);
        List<Ping> two = heard(events, Ping.class, community);
        List<Ping> otherCommunity = heard(events, Ping.class, community + 1);
        List<Note> otherType = heard(events, Note.class, community);

        commit(new Ping(community, 1));
        commit(new Note(community + 1, "elsewhere"));

        await(() -> one.size() == 1 && two.size() == 1);
        // One delivery thread: had anything else been delivered, it came before this marker.
        commit(new Note(community, "marker"));
        await(() -> otherType.size() == 1);
        assertThat(one).containsExactly(new Ping(community, 1));
        assertThat(two).containsExactly(new Ping(community, 1));
        assertThat(otherCommunity).isEmpty();
        assertThat(otherType).containsExactly(new Note(community, "marker"));
    }

    @Test
    void aRolledBackChangeTellsNobody() throws InterruptedException {
        List<Ping> heard = heard(events, Ping.class, community);

        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new Ping(community, 1));
            status.setRollbackOnly();
        });
        commit(new Ping(community, 2));

        await(() -> !heard.isEmpty());
        assertThat(heard).containsExactly(new Ping(community, 2));
    }

    @Test
    void aRemovedSubscriptionIsToldNothingAndLeavesNothingBehind() throws InterruptedException {
        int before = events.subscriberCount();
        List<Ping> removed = new CopyOnWriteArrayList<>();
        Registration registration = events.subscribe(Ping.class, community, removed::add);
        List<Ping> kept = heard(events, Ping.class, community);
        assertThat(events.subscriberCount()).isEqualTo(before + 2);

        registration.remove();
        commit(new Ping(community, 1));

        await(() -> !kept.isEmpty());
        assertThat(removed).isEmpty();
        registrations.forEach(Registration::remove);
        registrations.clear();
        assertThat(events.subscriberCount()).isEqualTo(before);
    }

    @Test
    void theBroadcasterChosenFollowsTheDatabase() {
        assertThat(events.relay() != null).as("NOTIFY between nodes on PostgreSQL only")
                .isEqualTo(TestDatabaseEnvironment.onPostgres());
    }

    @Test
    void onPostgresEventsGoBothWaysBetweenNodesAndANodesOwnEchoIsNotDeliveredTwice() throws InterruptedException {
        assumeTrue(TestDatabaseEnvironment.onPostgres(), "NOTIFY is PostgreSQL's");
        PostgresRelay relay = otherNode();
        List<Ping> here = heard(events, Ping.class, community);
        List<Ping> there = heard(otherNode, Ping.class, community);

        long sent = System.nanoTime();
        commit(new Ping(community, 1));
        await(() -> !there.isEmpty());
        long crossed = System.nanoTime() - sent;
        otherNode.committed(new Ping(community, 2));
        await(() -> here.size() >= 2);

        System.out.printf("Live events: a commit reached the other node's subscriber in %.1f ms%n", crossed / 1e6);
        // This node's echo of 1 was committed before 2 was sent: it would have come before 2.
        assertThat(here).containsExactly(new Ping(community, 1), new Ping(community, 2));
        assertThat(there).as("1 from the other node, 2 its own").containsExactly(new Ping(community, 1),
                new Ping(community, 2));
        assertThat(relay.connected()).isTrue();
    }

    @Test
    void onPostgresADroppedListeningConnectionIsOpenedAgain() throws InterruptedException {
        assumeTrue(TestDatabaseEnvironment.onPostgres(), "NOTIFY is PostgreSQL's");
        otherNode();
        PostgresRelay relay = events.relay();
        List<Ping> here = heard(events, Ping.class, community);
        List<Long> before = listeningBackends(relay);
        assertThat(before).hasSize(1);

        assertThat(jdbc.sql("select pg_terminate_backend(?::int)").param(before.getFirst()).query(Boolean.class).single())
                .isTrue();

        await(() -> {
            List<Long> now = listeningBackends(relay);
            return now.size() == 1 && !now.equals(before) && relay.connected();
        }, 10_000);
        otherNode.committed(new Ping(community, 1));
        await(() -> !here.isEmpty());
        assertThat(here).containsExactly(new Ping(community, 1));
    }

    @Test
    void onPostgresAnEventTooBigForANotificationStaysOnItsNode() throws InterruptedException {
        assumeTrue(TestDatabaseEnvironment.onPostgres(), "NOTIFY is PostgreSQL's");
        otherNode();
        List<Note> here = heard(events, Note.class, community);
        List<Note> there = heard(otherNode, Note.class, community);
        Note big = new Note(community, "大".repeat(3_000));
        assertThat(events.relay().encode(big)).as("9,000 bytes of UTF-8").isNull();

        commit(big);
        commit(new Note(community, "small"));

        await(() -> !there.isEmpty());
        await(() -> here.size() == 2);
        assertThat(there).containsExactly(new Note(community, "small"));
        assertThat(here).containsExactly(big, new Note(community, "small"));
    }

    /** A second node on the same database: a broadcaster with its own listening connection and relay. */
    private PostgresRelay otherNode() throws InterruptedException {
        otherNode = new LiveEvents();
        var relay = new PostgresRelay(otherNode, ClusterConfiguration.listeningConnections(database), dataSource);
        otherNode.relayThrough(relay);
        relay.start();
        await(relay::connected);
        await(events.relay()::connected);
        return relay;
    }

    private List<Long> listeningBackends(PostgresRelay relay) {
        return jdbc.sql("select pid from pg_stat_activity where application_name = ?").param(relay.applicationName())
                .query(Long.class).list();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        await(condition, 5_000);
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("within %d ms", millis).isTrue();
    }
}
