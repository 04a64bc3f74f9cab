package org.cocreate.points;

/** An account whose cached balance is not the sum of its entries: what a ledger check reports (never, we hope). */
public record LedgerDifference(long accountId, long residentId, Points cachedBalance, long sumOfEntries) {
}
