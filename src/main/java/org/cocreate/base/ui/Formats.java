package org.cocreate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the screens and printed pages write numbers, points and dates: one set of formats per language, read
 * from the translations ({@code format.*}), Chinese by default and English. A screen asks
 * {@link #current()} (the user's language) and never builds a {@link DateTimeFormatter} or a sign itself.
 * <p>
 * <b>Signed numbers</b> ({@link #signed}): {@code +5}, {@code −5}, {@code 0}. A change is written with its
 * sign, so that a grant and a deduction, a receipt and a write-off read apart at a glance; the minus is the
 * typographic minus sign U+2212, not the hyphen: the hyphen is shorter than the plus, sits lower and is
 * easily taken for a dash or missed on a tablet or on paper, while U+2212 has the plus sign's width, so
 * signed columns line up, and screen readers say "minus". Zero has no sign: nothing was added or taken.
 * Integers are grouped as the language groups them ({@code 1,200}), as the translations' own numbers are.
 * <p>
 * <b>Not for files other programs read.</b> A spreadsheet takes {@code −5} for text and would not add it
 * up: CSV exports write numbers as Java writes them (ASCII hyphen-minus, no plus, no grouping) and dates in
 * ISO 8601 (see {@code SessionReportCsv}).
 * <p>
 * Dates are written {@code 2026-11-28} in both languages, as the date pickers show and take them
 * ({@link Localized#datePicker}); the short and the month forms follow each language's order.
 */
public final class Formats {

    /** U+2212 MINUS SIGN. */
    public static final String MINUS = "\u2212";

    private static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private static final Map<Locale, Formats> BY_LOCALE = new ConcurrentHashMap<>();
    /** The app's own translation files, read the way Vaadin reads them, so that this needs no running UI. */
    private static final I18NProvider TRANSLATIONS = new DefaultI18NProvider(
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH), Formats.class.getClassLoader());

    private final Locale locale;
    private final String datePattern;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeSeconds;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter month;
    private final DateTimeFormatter year;
    private final String points;

    private Formats(Locale locale) {
        this.locale = locale;
        this.datePattern = text("format.date");
        this.date = pattern(datePattern);
        this.dateTime = pattern(text("format.dateTime"));
        this.dateTimeSeconds = pattern(text("format.dateTimeSeconds"));
        this.time = pattern(text("format.time"));
        this.dayMonth = pattern(text("format.dayMonth"));
        this.month = pattern(text("format.month"));
        this.year = pattern(text("format.year"));
        this.points = text("format.points");
    }

    /** The formats of the signed-in user's language (of the current screen); Chinese where there is none. */
    public static Formats current() {
        UI ui = UI.getCurrent();
        return of(ui == null ? DEFAULT : ui.getLocale());
    }

    /** The formats of a language the app speaks; any other gets Chinese, the app's default. */
    public static Formats of(Locale locale) {
        Locale supported = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT;
        return BY_LOCALE.computeIfAbsent(supported, Formats::new);
    }

    /** {@code +5}, {@code −5} (U+2212), {@code 0}; see the class comment for why. */
    public String signed(long value) {
        if (value == 0) {
            return "0";
        }
        return (value > 0 ? "+" : MINUS) + number(Math.abs(value));
    }

    /** An integer as the language writes it: {@code 1,200}; a negative one with U+2212. */
    public String number(long value) {
        String digits = String.format(locale, "%,d", Math.abs(value));
        return value < 0 ? MINUS + digits : digits;
    }

    /** A decimal with its two places as the language groups it: {@code 1,080.50} (a floor area in m²). */
    public String decimal(java.math.BigDecimal value) {
        String digits = String.format(locale, "%,.2f", value.abs());
        return value.signum() < 0 ? MINUS + digits : digits;
    }

    /** Points with their unit: {@code 12 分}, {@code 12 pts}. */
    public String points(long value) {
        return unit(number(value));
    }

    /** A change of points with its sign and unit: {@code +12 分}, {@code −5 pts}. */
    public String signedPoints(long value) {
        return unit(signed(value));
    }

    /** {@code 2026-11-28}. */
    public String date(LocalDate value) {
        return date.format(value);
    }

    /** {@code 2026-11-28 14:05}. */
    public String dateTime(LocalDateTime value) {
        return dateTime.format(value);
    }

    /** {@code 2026-11-28 14:05:09}, where the second matters (the audit trail). */
    public String dateTimeSeconds(LocalDateTime value) {
        return dateTimeSeconds.format(value);
    }

    /** {@code 14:05}. */
    public String time(TemporalAccessor value) {
        return time.format(value);
    }

    /** A day of this year, short: {@code 11月28日}, {@code 28 Nov}. */
    public String dayMonth(TemporalAccessor value) {
        return dayMonth.format(value);
    }

    /** {@code 2026年11月}, {@code November 2026}. */
    public String month(TemporalAccessor value) {
        return month.format(value);
    }

    /** {@code 2026年}, {@code 2026}. */
    public String year(TemporalAccessor value) {
        return year.format(value);
    }

    /** The date pattern, for the date pickers (whose pattern letters agree with these for y, M and d). */
    public String datePattern() {
        return datePattern;
    }

    public Locale locale() {
        return locale;
    }

    private String unit(String amount) {
        // The translation puts the unit where the language wants it; the amount is already written out.
        return new MessageFormat(points, locale).format(new Object[] {amount});
    }

    private String text(String key) {
        return TRANSLATIONS.getTranslation(key, locale);
    }

    private DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
