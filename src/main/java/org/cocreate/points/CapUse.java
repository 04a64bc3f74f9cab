package org.cocreate.points;

import org.jspecify.annotations.Nullable;

/**
 * How much of a capped rule a resident has used: on the day and in its month, counted as the grant counts
 * them (posted and still on their way, under every version of the rule). The grant screen shows a rule
 * whose cap is reached before the tap, not after.
 */
public record CapUse(long ruleId, @Nullable Integer dailyCap, long usedToday, @Nullable Integer monthlyCap,
        long usedThisMonth) {

    public boolean dailyReached() {
        return dailyCap != null && usedToday >= dailyCap;
    }

    public boolean monthlyReached() {
        return monthlyCap != null && usedThisMonth >= monthlyCap;
    }
}
