package org.cocreate.points.ui;

import java.util.List;
import org.cocreate.points.StatementLine;

/** What the statement screen and its printed page add up and colour the same way (their texts: Formats). */
final class StatementFormat {

    private StatementFormat() {
    }

    /** The class that colours an amount: green for what was added, red for what was taken. */
    static String amountClass(long amount) {
        return amount >= 0 ? "points-amount-plus" : "points-amount-minus";
    }

    static long added(List<StatementLine> lines) {
        return lines.stream().mapToLong(StatementLine::amount).filter(a -> a > 0).sum();
    }

    static long taken(List<StatementLine> lines) {
        return -lines.stream().mapToLong(StatementLine::amount).filter(a -> a < 0).sum();
    }
}
