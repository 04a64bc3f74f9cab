package org.cocreate.exchange.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.cocreate.exchange.StockChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open counter of a community that an item's stock changed, once the change is committed. The
 * listeners run on a thread of their own: the committing request (another user's screen) never waits for,
 * nor holds the lock of, the screens it updates; each screen applies the change with {@code UI.access}
 * and Push sends it to the tablet.
 */
@Component
class StockBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(StockBroadcaster.class);

    /** Compared by identity: two counters with equal arguments are still two registrations. */
    private static final class Listener {
        private final long communityId;
        private final Consumer<StockChanged> consumer;

        Listener(long communityId, Consumer<StockChanged> consumer) {
            this.communityId = communityId;
            this.consumer = consumer;
        }
    }

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("stock-broadcaster").daemon().factory());

    /** Registers a counter for the stock of a community's items; remove the registration on detach. */
    Registration register(long communityId, Consumer<StockChanged> consumer) {
        var listener = new Listener(communityId, consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void stockChanged(StockChanged change) {
        broadcast(change);
    }

    void broadcast(StockChanged change) {
        for (Listener listener : listeners) {
            if (listener.communityId == change.communityId()) {
                executor.execute(() -> {
                    try {
                        listener.consumer.accept(change);
                    } catch (RuntimeException e) {
                        log.warn("A counter could not be told of {}", change, e);
                    }
                });
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    int listenerCount() {
        return listeners.size();
    }
}
