package org.cocreate.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The day's report: per item, per counter and per staff member. */
public record SessionReport(SessionEntry session, List<ItemLine> items, List<ServedLine> byCounter,
        List<ServedLine> byStaff, long residentsServed, long points) {

    /** The items handed out over the day, by all staff together. */
    public long itemsHandedOut() {
        return byStaff.stream().mapToLong(ServedLine::items).sum();
    }

    /** Per item: the opening count, what went out and came back, what the books expect and what was counted. */
    public record ItemLine(long itemId, String name, String unit, int opening, int redeemed, int returned,
            int adjusted, int expected, @Nullable Integer counted) {

        /** Counted minus expected: below zero when goods are missing; none before the count. */
        public @Nullable Integer difference() {
            return counted == null ? null : counted - expected;
        }
    }

    /** Per counter or per staff member: residents served, items handed out, points taken. */
    public record ServedLine(String who, long residents, long items, long points) {
    }
}
