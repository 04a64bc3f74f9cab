package org.cocreate.points.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cocreate.points.StatementLine;

/** How the statement screen and its printed page write amounts and times, so that both read the same. */
final class StatementFormat {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The typographic minus: a hyphen next to a number is easily missed on paper. */
    static final String MINUS = "\u2212";

    private StatementFormat() {
    }

    /** +5, \u22125, 0. */
    static String signed(long amount) {
        if (amount > 0) {
            return "+" + amount;
        }
        return amount < 0 ? MINUS + (-amount) : "0";
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
