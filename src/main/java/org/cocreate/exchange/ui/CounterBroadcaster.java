package org.cocreate.exchange.ui;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.cocreate.exchange.StockChanged;
import org.cocreate.points.BalanceChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open counter of a community that an item's stock or a resident's balance changed, once the
 * change is committed (a redemption at another counter, a grant, a void). The
 * listeners run on a thread of their own: the committing request (another user's screen) never waits for,
 * nor holds the lock of, the screens it updates; each screen applies the change with {@code UI.access}
 * and Push sends it to the tablet.
 */
@Component
class CounterBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CounterBroadcaster.class);

    /** Compared by identity: two counters with equal arguments are still two registrations. */
    private static final class Listener {
        private final long communityId;
        private final Consumer<StockChanged> stock;
        private final Consumer<BalanceChanged> balance;

        Listener(long communityId, Consumer<StockChanged> stock, Consumer<BalanceChanged> balance) {
            this.communityId = communityId;
            this.stock = stock;
            this.balance = balance;
        }
    }

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("counter-broadcaster").daemon().factory());

    /** Registers a counter for a community's stock and balances; remove the registration on detach. */
    Registration register(long communityId, Consumer<StockChanged> stock, Consumer<BalanceChanged> balance) {
        var listener = new Listener(communityId, stock, balance);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void stockChanged(StockChanged change) {
        broadcast(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void balanceChanged(BalanceChanged change) {
        broadcast(change);
    }

    void broadcast(StockChanged change) {
        tell(change.communityId(), change, listener -> listener.stock.accept(change));
    }

    void broadcast(BalanceChanged change) {
        tell(change.communityId(), change, listener -> listener.balance.accept(change));
    }

    private void tell(long communityId, Object change, Consumer<Listener> delivery) {
        for (Listener listener : listeners) {
            if (listener.communityId == communityId) {
                executor.execute(() -> {
                    try {
                        delivery.accept(listener);
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
