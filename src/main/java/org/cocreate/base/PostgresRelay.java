package org.cocreate.base;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries {@link LiveEvents} between the nodes of a sub-district through PostgreSQL's own
 * {@code LISTEN}/{@code NOTIFY} (no other server). Each node sends what committed on it as a JSON
 * notification on one channel, and listens on a connection of its own for what the others sent.
 * <p>
 * The notification is sent after the commit, on a thread of its own, not inside the transaction: the
 * committing request never waits for it, and transactions that notify are not serialised by PostgreSQL's
 * notification queue lock at commit. The price: a node that dies between its commit and the send leaves
 * the other nodes' screens a change behind, until they read again (the counter does at the next resident).
 * A node delivers its own events at once (see {@link LiveEvents}) and ignores their echo, which carries its
 * node id. The listening connection is opened again when it drops; what was sent meanwhile is missed.
 */
final class PostgresRelay implements AutoCloseable {

    static final String CHANNEL = "cocreate_live_events";
    /** A notification's payload must be shorter than 8000 bytes (PostgreSQL's default page size). */
    static final int MAX_PAYLOAD_BYTES = 7999;
    private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);
    private static final int OUTBOX = 10_000;
    private static final int BATCH = 100;
    /** How long one wait for notifications lasts; the connection is checked after a minute without any. */
    private static final int WAIT_MILLIS = 1_000;
    private static final int CHECK_AFTER_IDLE_MILLIS = 60_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    /** What a node sends: who sent it (to ignore one's own echo), the event's type and the event. */
    private record Envelope(String node, String type, Object event) {
    }

    private record Received(String node, String type, JsonNode event) {
    }

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final String node = UUID.randomUUID().toString();
    private final LiveEvents events;
    private final Connector listening;
    private final DataSource sending;
    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<LiveEvent> outbox = new LinkedBlockingQueue<>(OUTBOX);
    private final Thread listener;
    private final Thread sender;
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile @Nullable Connection connection;

    /**
     * @param listening opens the listening connection (kept open, outside the pool)
     * @param sending the pool, for the short transactions that send
     */
    PostgresRelay(LiveEvents events, Connector listening, DataSource sending) {
        this.events = events;
        this.listening = listening;
        this.sending = sending;
        this.listener = Thread.ofPlatform().name("live-events-listen").daemon().unstarted(this::listen);
        this.sender = Thread.ofPlatform().name("live-events-notify").daemon().unstarted(this::sendLoop);
    }

    void start() {
        listener.start();
        sender.start();
    }

    /** This node's id, in every notification it sends, and in the listening connection's application name. */
    String node() {
        return node;
    }

    /** The listening connection's name in {@code pg_stat_activity}. */
    String applicationName() {
        return "cocreate live events " + node;
    }

    /** Whether the listening connection is up (it is opened again when it drops). */
    boolean connected() {
        return connected;
    }

    /** Queues the event for the other nodes; never waits. */
    void send(LiveEvent event) {
        if (!outbox.offer(event)) {
            log.warn("Live events: {} events wait to be sent to the other nodes; {} is not sent", OUTBOX, event);
        }
    }

    private void sendLoop() {
        List<LiveEvent> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(outbox.take());
            } catch (InterruptedException stopping) {
                return;
            }
            outbox.drainTo(batch, BATCH - 1);
            List<String> payloads = new ArrayList<>(batch.size());
            for (LiveEvent event : batch) {
                String payload = encode(event);
                if (payload != null) {
                    payloads.add(payload);
                }
            }
            batch.clear();
            if (!payloads.isEmpty()) {
                sendToOthers(payloads);
            }
        }
    }

    /** The JSON sent for the event, or null (logged) when it is too big for a notification. */
    @Nullable String encode(LiveEvent event) {
        String payload = json.writeValueAsString(new Envelope(node, event.getClass().getName(), event));
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            log.error("Live events: {} is too big for a PostgreSQL notification ({} bytes at most); only this"
                    + " node's screens hear of it", event.getClass().getName(), MAX_PAYLOAD_BYTES);
            return null;
        }
        return payload;
    }

    /** One statement, one transaction: the batch arrives together, in order. */
    private void sendToOthers(List<String> payloads) {
        try (Connection c = sending.getConnection();
                PreparedStatement notify = c.prepareStatement(
                        "select pg_notify(?, payload) from unnest(?::text[]) with ordinality as p(payload, n) order by n")) {
            notify.setString(1, CHANNEL);
            notify.setArray(2, c.createArrayOf("text", payloads.toArray()));
            notify.executeQuery().close();
        } catch (SQLException | RuntimeException e) {
            if (running) {
                log.warn("Live events: {} events could not be sent to the other nodes", payloads.size(), e);
            }
        }
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean dropped = false;
        while (running) {
            try (Connection c = listening.connect()) {
                connection = c;
                PGConnection postgres = c.unwrap(PGConnection.class);
                try (Statement statement = c.createStatement()) {
                    // Named after the node, so that an operator (or a test) finds it in pg_stat_activity.
                    statement.execute("set application_name = '" + applicationName() + "'");
                    statement.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                if (dropped) {
                    log.info("Live events: listening again to the other nodes");
                }
                retry = FIRST_RETRY;
                int idle = 0;
                while (running) {
                    PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived == null || arrived.length == 0) {
                        idle += WAIT_MILLIS;
                        if (idle >= CHECK_AFTER_IDLE_MILLIS) {
                            // A connection whose server went silently (a cut cable) would wait for ever.
                            if (!c.isValid(10)) {
                                throw new SQLException("the listening connection does not answer");
                            }
                            idle = 0;
                        }
                        continue;
                    }
                    idle = 0;
                    for (PGNotification notification : arrived) {
                        received(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                connection = null;
                if (!running) {
                    return;
                }
                dropped = true;
                log.warn("Live events: the connection that listens to the other nodes dropped ({}); opening it"
                        + " again in {} s. Changes made on other nodes meanwhile are not shown live.",
                        e.getMessage(), retry.toSeconds());
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException stopping) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** A notification: delivered here unless it is this node's own echo or nobody here listens to its type. */
    void received(String payload) {
        try {
            Received message = json.readValue(payload, Received.class);
            if (node.equals(message.node())) {
                return;
            }
            Class<? extends LiveEvent> type = events.subscribedType(message.type());
            if (type != null) {
                events.arrived(json.treeToValue(message.event(), type));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Live events: a notification that is not a live event was ignored: {}", payload, e);
        }
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        listener.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                // The listener waits in a socket read; abort closes the socket under it.
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                log.debug("Live events: closing the listening connection", e);
            }
        }
    }
}
