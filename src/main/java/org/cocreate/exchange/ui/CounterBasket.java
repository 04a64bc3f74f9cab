package org.cocreate.exchange.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CounterResident;
import org.cocreate.exchange.SessionOffer;

/**
 * One resident's basket at the counter: how many of each item, the total, the balance after, and whether
 * one more of an item may go in (and if not, why). The idempotency key is made when the basket opens, so a
 * double tap or a retry of the same basket redeems once.
 */
final class CounterBasket {

    /** Why one more of an item cannot go into the basket. */
    enum Block {
        SOLD_OUT("exchange.counter.block.soldOut"),
        NO_MORE_STOCK("exchange.counter.block.noMoreStock"),
        DAILY_LIMIT("exchange.counter.block.dailyLimit"),
        NOT_ENOUGH_POINTS("exchange.counter.block.notEnoughPoints");

        final String key;

        Block(String key) {
            this.key = key;
        }
    }

    private final CounterResident resident;
    private final Map<Long, Integer> counts = new LinkedHashMap<>();
    private final Map<Long, Long> prices = new LinkedHashMap<>();
    private final String idempotencyKey;

    CounterBasket(CounterResident resident) {
        this(resident, UUID.randomUUID().toString());
    }

    private CounterBasket(CounterResident resident, String idempotencyKey) {
        this.resident = resident;
        this.idempotencyKey = idempotencyKey;
    }

    /** The same basket (items and key) with the resident's balance and limits read again. */
    CounterBasket refreshed(CounterResident now) {
        var basket = new CounterBasket(now, idempotencyKey);
        basket.counts.putAll(counts);
        basket.prices.putAll(prices);
        return basket;
    }

    CounterResident resident() {
        return resident;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    int count(long itemId) {
        return counts.getOrDefault(itemId, 0);
    }

    long total() {
        return counts.entrySet().stream().mapToLong(e -> e.getValue() * prices.get(e.getKey())).sum();
    }

    long balanceAfter() {
        return resident.balance() - total();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** How many more of the item the resident may take today, given what is in the basket (empty: no limit). */
    Optional<Integer> leftToday(long itemId) {
        Integer remaining = resident.remainingToday().get(itemId);
        return remaining == null ? Optional.empty() : Optional.of(Math.max(0, remaining - count(itemId)));
    }

    /** May one more of this item go into the basket? Empty if so, else the reason. */
    Optional<Block> blockToAdd(SessionOffer offer) {
        int count = count(offer.itemId());
        if (offer.stock() <= 0) {
            return Optional.of(Block.SOLD_OUT);
        }
        if (count >= offer.stock()) {
            return Optional.of(Block.NO_MORE_STOCK);
        }
        if (leftToday(offer.itemId()).map(left -> left <= 0).orElse(false)) {
            return Optional.of(Block.DAILY_LIMIT);
        }
        if (balanceAfter() < offer.price()) {
            return Optional.of(Block.NOT_ENOUGH_POINTS);
        }
        return Optional.empty();
    }

    boolean add(SessionOffer offer) {
        if (blockToAdd(offer).isPresent()) {
            return false;
        }
        prices.put(offer.itemId(), offer.price());
        counts.merge(offer.itemId(), 1, Integer::sum);
        return true;
    }

    boolean remove(long itemId) {
        int count = count(itemId);
        if (count == 0) {
            return false;
        }
        if (count == 1) {
            counts.remove(itemId);
        } else {
            counts.put(itemId, count - 1);
        }
        return true;
    }

    /**
     * Fewer of the item are left than the basket holds (another counter took them): the basket keeps what
     * is left, so that its total and confirm count only what can be handed over. Returns how many went out.
     */
    int limitTo(long itemId, int left) {
        int count = count(itemId);
        int over = count - Math.max(0, left);
        if (over <= 0) {
            return 0;
        }
        if (count - over == 0) {
            counts.remove(itemId);
        } else {
            counts.put(itemId, count - over);
        }
        return over;
    }

    List<BasketLine> lines() {
        return counts.entrySet().stream().map(e -> new BasketLine(e.getKey(), e.getValue())).toList();
    }
}
