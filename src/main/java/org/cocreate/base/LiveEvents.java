package org.cocreate.base;

import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one broadcaster of live screens (the counter's stock and balances, and votes and check-ins to come).
 * Features publish plain {@link LiveEvent} records with Spring's {@code ApplicationEventPublisher} inside
 * their transaction; once it committed (a rolled-back change tells nobody), the event is delivered here to
 * the subscribers of its type and community, and, on PostgreSQL, sent to the other nodes of the
 * sub-district with {@code NOTIFY} ({@link PostgresRelay}), which deliver it to theirs.
 * <p>
 * Delivery runs on one thread of its own per node: the committing request (another user's screen) never
 * waits for, nor holds the lock of, the screens it updates. A screen subscribes on attach and removes the
 * {@link Registration} on detach, and applies what it hears with {@code UI.access}.
 */
public class LiveEvents implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private record Topic(Class<?> type, long communityId) {
    }

    /**
     * The subscribers of each topic, as an array replaced on every change: delivery reads it without a lock,
     * and an open screen costs a slot and its consumer, nothing more.
     */
    private final ConcurrentHashMap<Topic, Consumer<?>[]> subscribers = new ConcurrentHashMap<>();
    /** The event types somebody on this node subscribed to: only these are read from other nodes. */
    private final ConcurrentHashMap<String, Class<? extends LiveEvent>> types = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("live-events").daemon().factory());
    private volatile @Nullable PostgresRelay relay;

    /**
     * Tells {@code subscriber} of every event of exactly this type in the community, from this node and the
     * others, on the delivery thread. Remove the registration when the screen goes (on detach).
     */
    public <E extends LiveEvent> Registration subscribe(Class<E> type, long communityId,
            Consumer<? super E> subscriber) {
        types.putIfAbsent(type.getName(), type);
        Topic topic = new Topic(type, communityId);
        subscribers.merge(topic, new Consumer<?>[] {subscriber}, (current, added) -> {
            Consumer<?>[] more = Arrays.copyOf(current, current.length + 1);
            more[current.length] = subscriber;
            return more;
        });
        return () -> unsubscribe(topic, subscriber);
    }

    private void unsubscribe(Topic topic, Consumer<?> subscriber) {
        subscribers.computeIfPresent(topic, (t, current) -> {
            for (int i = 0; i < current.length; i++) {
                if (current[i] == subscriber) {
                    if (current.length == 1) {
                        return null;
                    }
                    Consumer<?>[] fewer = new Consumer<?>[current.length - 1];
                    System.arraycopy(current, 0, fewer, 0, i);
                    System.arraycopy(current, i + 1, fewer, i, current.length - i - 1);
                    return fewer;
                }
            }
            return current;
        });
    }

    /** How many subscriptions are open on this node (each open counter has two). */
    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(s -> s.length).sum();
    }

    /**
     * After the commit of the transaction that published the event (or at once, when it was published
     * outside one): delivered here, and sent to the other nodes.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(LiveEvent event) {
        deliver(event);
        PostgresRelay through = relay;
        if (through != null) {
            through.send(event);
        }
    }

    /** An event committed on another node. */
    void arrived(LiveEvent event) {
        deliver(event);
    }

    /** The subscribed type of this name, or null when nobody on this node listens to it. */
    @Nullable Class<? extends LiveEvent> subscribedType(String name) {
        return types.get(name);
    }

    void relayThrough(PostgresRelay relay) {
        this.relay = relay;
    }

    /** The relay to the other nodes, on PostgreSQL. */
    @Nullable PostgresRelay relay() {
        return relay;
    }

    private void deliver(LiveEvent event) {
        try {
            delivery.execute(() -> tell(event));
        } catch (RejectedExecutionException closing) {
            // The node is shutting down: its screens are going too.
        }
    }

    @SuppressWarnings("unchecked")
    private void tell(LiveEvent event) {
        // Read at delivery, not at commit: a screen that went meanwhile is not told.
        Consumer<?>[] found = subscribers.get(new Topic(event.getClass(), event.communityId()));
        if (found == null) {
            return;
        }
        for (Consumer<?> subscriber : found) {
            try {
                ((Consumer<LiveEvent>) subscriber).accept(event);
            } catch (RuntimeException e) {
                log.warn("A subscriber could not be told of {}", event, e);
            }
        }
    }

    @Override
    public void close() {
        PostgresRelay through = relay;
        if (through != null) {
            through.close();
        }
        delivery.shutdownNow();
    }
}
