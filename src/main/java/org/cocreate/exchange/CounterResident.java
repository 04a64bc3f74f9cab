package org.cocreate.exchange;

import java.util.Map;

/**
 * A resident at a counter: the balance of posted points, and per item on offer how many they may still take
 * at this redemption day (absent: no limit).
 */
public record CounterResident(long residentId, long balance, Map<Long, Integer> remainingToday) {
}
