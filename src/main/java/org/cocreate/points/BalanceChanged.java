package org.cocreate.points;

import org.cocreate.base.LiveEvent;

/**
 * A resident's balance changed: published when a ledger entry is written, and heard after the commit by
 * the screens that show the balance (an exchange counter serving the same resident at another tablet).
 */
public record BalanceChanged(long communityId, long residentId, long balance) implements LiveEvent {
}
