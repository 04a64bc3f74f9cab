package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.cocreate.points.LeaderboardPeriod.Kind;
import org.junit.jupiter.api.Test;

class LeaderboardPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aMonthAndAYearRunFromTheirFirstToTheirLastDay() {
        LeaderboardPeriod february = LeaderboardPeriod.month(YearMonth.of(2024, 2));
        assertThat(february.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();

        LeaderboardPeriod year = LeaderboardPeriod.year(Year.of(2026));
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(LeaderboardPeriod.containing(Kind.MONTH, TODAY)).isEqualTo(LeaderboardPeriod.month(YearMonth.of(2026, 11)));
        assertThat(LeaderboardPeriod.containing(Kind.YEAR, TODAY)).isEqualTo(year);
    }

    @Test
    void stepsBackAndForthAcrossTheTurnOfTheYear() {
        LeaderboardPeriod january = LeaderboardPeriod.month(YearMonth.of(2026, 1));
        assertThat(january.previous()).isEqualTo(LeaderboardPeriod.month(YearMonth.of(2025, 12)));
        assertThat(january.previous().next()).isEqualTo(january);
        assertThat(LeaderboardPeriod.year(Year.of(2026)).previous()).isEqualTo(LeaderboardPeriod.year(Year.of(2025)));
    }

    @Test
    void switchingKindKeepsTheYearAndPicksItsLatestBegunMonth() {
        assertThat(LeaderboardPeriod.month(YearMonth.of(2025, 4)).as(Kind.YEAR, TODAY))
                .isEqualTo(LeaderboardPeriod.year(Year.of(2025)));
        assertThat(LeaderboardPeriod.year(Year.of(2026)).as(Kind.MONTH, TODAY))
                .isEqualTo(LeaderboardPeriod.month(YearMonth.of(2026, 11)));
        assertThat(LeaderboardPeriod.year(Year.of(2025)).as(Kind.MONTH, TODAY))
                .isEqualTo(LeaderboardPeriod.month(YearMonth.of(2025, 12)));
        assertThat(LeaderboardPeriod.year(Year.of(2027)).as(Kind.MONTH, TODAY))
                .isEqualTo(LeaderboardPeriod.month(YearMonth.of(2027, 1)));
    }

    @Test
    void aPeriodThatIsNoWholeMonthOrYearCannotBeMade() {
        assertThatThrownBy(() -> new LeaderboardPeriod(Kind.MONTH, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeaderboardPeriod(Kind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
