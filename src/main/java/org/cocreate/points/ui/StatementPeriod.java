package org.cocreate.points.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The periods a statement is usually asked for. A period without a start (all) runs from the first
 * entry; every preset ends today.
 */
enum StatementPeriod {
    THIS_MONTH, THIS_YEAR, LAST_12_MONTHS, ALL;

    /** The day before any entry: a statement "from the beginning" starts here, with an opening of zero. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    @Nullable LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
            case ALL -> null;
        };
    }

    LocalDate to(LocalDate today) {
        return today;
    }

    String translationKey() {
        return "points.statement.period." + name();
    }
}
