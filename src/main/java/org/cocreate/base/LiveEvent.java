package org.cocreate.base;

/**
 * Something a screen shows live changed: an item's stock, a resident's balance, a vote, a check-in. A small
 * record (ids and numbers, not texts: it travels between nodes in a PostgreSQL notification of at most
 * 8000 bytes), published with Spring's {@code ApplicationEventPublisher} inside the transaction that made
 * the change, and delivered by {@link LiveEvents} to the screens of its community once that transaction
 * committed, on every node.
 */
public interface LiveEvent {

    /** The community whose screens are told; screens of other communities never hear of it. */
    long communityId();
}
