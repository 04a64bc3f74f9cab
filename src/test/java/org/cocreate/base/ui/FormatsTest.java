package org.cocreate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Formats CHINESE = Formats.of(Locale.SIMPLIFIED_CHINESE);
    private static final Formats ENGLISH = Formats.of(Locale.ENGLISH);
    private static final LocalDateTime AFTERNOON = LocalDateTime.of(2026, 11, 8, 14, 5, 9);

    @Test
    void aChangeCarriesItsSignWithTheTypographicMinusAndZeroHasNone() {
        for (Formats formats : new Formats[] {CHINESE, ENGLISH}) {
            assertThat(formats.signed(5)).isEqualTo("+5");
            assertThat(formats.signed(-5)).isEqualTo("\u22125").doesNotContain("-");
            assertThat(formats.signed(0)).isEqualTo("0");
            assertThat(formats.signed(-1200)).isEqualTo("\u22121,200");
            assertThat(formats.signed(Long.MIN_VALUE + 1)).startsWith("\u2212");
        }
    }

    @Test
    void pointsCarryTheUnitOfTheLanguage() {
        assertThat(CHINESE.points(12)).isEqualTo("12 分");
        assertThat(ENGLISH.points(12)).isEqualTo("12 pts");
        assertThat(CHINESE.points(1200)).isEqualTo("1,200 分");
        assertThat(CHINESE.signedPoints(6)).isEqualTo("+6 分");
        assertThat(ENGLISH.signedPoints(-5)).isEqualTo("\u22125 pts");
        assertThat(CHINESE.points(-3)).isEqualTo("\u22123 分");
    }

    @Test
    void datesAreWrittenAsThePickersTakeThemInBothLanguages() {
        for (Formats formats : new Formats[] {CHINESE, ENGLISH}) {
            assertThat(formats.date(AFTERNOON.toLocalDate())).isEqualTo("2026-11-08");
            assertThat(formats.dateTime(AFTERNOON)).isEqualTo("2026-11-08 14:05");
            assertThat(formats.dateTimeSeconds(AFTERNOON)).isEqualTo("2026-11-08 14:05:09");
            assertThat(formats.time(AFTERNOON)).isEqualTo("14:05");
            assertThat(formats.datePattern()).isEqualTo("yyyy-MM-dd");
        }
    }

    @Test
    void shortDaysMonthsAndYearsFollowEachLanguagesOrder() {
        assertThat(CHINESE.dayMonth(AFTERNOON)).isEqualTo("11月8日");
        assertThat(ENGLISH.dayMonth(AFTERNOON)).isEqualTo("8 Nov");
        assertThat(CHINESE.month(LocalDate.of(2026, 11, 1))).isEqualTo("2026年11月");
        assertThat(ENGLISH.month(LocalDate.of(2026, 11, 1))).isEqualTo("November 2026");
        assertThat(CHINESE.year(LocalDate.of(2026, 1, 1))).isEqualTo("2026年");
        assertThat(ENGLISH.year(LocalDate.of(2026, 1, 1))).isEqualTo("2026");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakGetsChineseAndARegionOfEnglishGetsEnglish() {
        assertThat(Formats.of(Locale.GERMAN).points(1)).isEqualTo("1 分");
        assertThat(Formats.of(Locale.UK).points(1)).isEqualTo("1 pts");
        assertThat(Formats.of(Locale.CHINA)).isSameAs(CHINESE);
    }
}
