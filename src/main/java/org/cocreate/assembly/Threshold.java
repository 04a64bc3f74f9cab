package org.cocreate.assembly;

import java.math.BigDecimal;

/**
 * A share that a part of a whole must reach: {@code numerator/denominator}, the share itself included
 * ({@code inclusive}, the law's 以上: "two thirds or more") or not (过半数: "more than half", so exactly half
 * is not enough). Article 278 of the Civil Code states its thresholds this way.
 *
 * <p>Compared exactly by cross-multiplication ({@code part × denominator} against {@code numerator × whole}),
 * never by dividing: two thirds has no exact decimal, and a rounded quotient can fall on the wrong side.
 */
public record Threshold(int numerator, int denominator, boolean inclusive) {

    /** 三分之二以上: two thirds or more (art. 278 para. 2, who must take part). */
    public static final Threshold AT_LEAST_TWO_THIRDS = new Threshold(2, 3, true);
    /** 四分之三以上: three quarters or more (art. 278 para. 2, items 6 to 8). */
    public static final Threshold AT_LEAST_THREE_QUARTERS = new Threshold(3, 4, true);
    /** 过半数: more than half, half itself not enough (art. 278 para. 2, the other items). */
    public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, false);
    /** 五分之四以上: four fifths or more, a share covenants set for a renovation or a change of use. */
    public static final Threshold AT_LEAST_FOUR_FIFTHS = new Threshold(4, 5, true);

    /** The shares a community's covenant may choose from on screen, loosest first; the law's are among them. */
    public static final java.util.List<Threshold> COVENANT_CHOICES = java.util.List.of(MORE_THAN_HALF,
            AT_LEAST_TWO_THIRDS, AT_LEAST_THREE_QUARTERS, AT_LEAST_FOUR_FIFTHS);

    public Threshold {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold is a share above nought and at most the whole: "
                    + numerator + "/" + denominator);
        }
        if (numerator == denominator && !inclusive) {
            throw new IllegalArgumentException("more than the whole can never be met: " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code part} of {@code whole} reaches this share; a whole of nothing never does. */
    public boolean met(BigDecimal part, BigDecimal whole) {
        checkPartOfWhole(part.signum() < 0 || part.compareTo(whole) > 0, part, whole);
        if (whole.signum() == 0) {
            return false;
        }
        int comparison = part.multiply(BigDecimal.valueOf(denominator))
                .compareTo(whole.multiply(BigDecimal.valueOf(numerator)));
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    /** Whether {@code part} of {@code whole} (heads, units) reaches this share; a whole of nothing never does. */
    public boolean met(long part, long whole) {
        checkPartOfWhole(part < 0 || part > whole, part, whole);
        if (whole == 0) {
            return false;
        }
        int comparison = Long.compare(Math.multiplyExact(part, (long) denominator),
                Math.multiplyExact(whole, (long) numerator));
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    /**
     * Whether every part that meets this threshold also meets {@code other}: a larger share, or the same share
     * where this one excludes it or both include it ("more than half" is stricter than "half or more").
     */
    public boolean atLeastAsStrictAs(Threshold other) {
        int comparison = Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
        if (comparison != 0) {
            return comparison > 0;
        }
        return !inclusive || other.inclusive;
    }

    /** How a threshold is stored: {@code 2/3} for two thirds or more, {@code >1/2} for more than half. */
    public String code() {
        return (inclusive ? "" : ">") + numerator + "/" + denominator;
    }

    /** The threshold a {@link #code()} names. */
    public static Threshold ofCode(String code) {
        boolean moreThan = code.startsWith(">");
        String[] share = (moreThan ? code.substring(1) : code).split("/", 2);
        if (share.length != 2) {
            throw new IllegalArgumentException("not a threshold: " + code);
        }
        return new Threshold(Integer.parseInt(share[0]), Integer.parseInt(share[1]), !moreThan);
    }

    @Override
    public String toString() {
        return (inclusive ? "≥ " : "> ") + numerator + "/" + denominator;
    }

    private static void checkPartOfWhole(boolean outside, Object part, Object whole) {
        // A part outside its whole is a counting mistake upstream, not a vote that failed.
        if (outside) {
            throw new IllegalArgumentException("not a part of the whole: " + part + " of " + whole);
        }
    }
}
