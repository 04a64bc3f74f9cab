package org.cocreate.points;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** The time a leaderboard ranks: a calendar month or a calendar year, both days included. */
public record LeaderboardPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        MONTH, YEAR;

        public String translationKey() {
            return "leaderboard.kind." + name();
        }
    }

    public LeaderboardPeriod {
        LocalDate first = kind == Kind.MONTH ? from.withDayOfMonth(1) : from.withDayOfYear(1);
        LocalDate last = kind == Kind.MONTH ? first.plusMonths(1).minusDays(1) : first.plusYears(1).minusDays(1);
        if (!from.equals(first) || !to.equals(last)) {
            throw new IllegalArgumentException("not a whole " + kind + ": " + from + " to " + to);
        }
    }

    public static LeaderboardPeriod month(YearMonth month) {
        return new LeaderboardPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static LeaderboardPeriod year(Year year) {
        return new LeaderboardPeriod(Kind.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /** The month or the year the day falls in. */
    public static LeaderboardPeriod containing(Kind kind, LocalDate day) {
        return kind == Kind.MONTH ? month(YearMonth.from(day)) : year(Year.from(day));
    }

    public YearMonth yearMonth() {
        return YearMonth.from(from);
    }

    public Year year() {
        return Year.from(from);
    }

    public LeaderboardPeriod previous() {
        return kind == Kind.MONTH ? month(yearMonth().minusMonths(1)) : year(year().minusYears(1));
    }

    public LeaderboardPeriod next() {
        return kind == Kind.MONTH ? month(yearMonth().plusMonths(1)) : year(year().plusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The same time seen as the other kind: a month becomes its year; a year becomes its latest month that
     * has begun by {@code today} (this month for this year, December for a past year, January for a later one).
     */
    public LeaderboardPeriod as(Kind other, LocalDate today) {
        if (other == kind) {
            return this;
        }
        if (other == Kind.YEAR) {
            return year(year());
        }
        YearMonth current = YearMonth.from(today);
        if (year().getValue() == current.getYear()) {
            return month(current);
        }
        return month(year().atMonth(year().getValue() < current.getYear() ? 12 : 1));
    }
}
