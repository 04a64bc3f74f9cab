package org.cocreate.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in yuan, kept as whole fen (分) in a {@code long}: never a double, so that a budget of
 * ¥50,000 split over four funding sources adds up to the fen. Never negative: a budget, a contribution, a
 * cost. Stored as a bigint column of fen.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** ¥10 billion: far above any community's budget, far below where a long of fen overflows. */
    public static final Money MAX = new Money(1_000_000_000_000L);

    /**
     * What a person types: digits, an optional decimal point and up to two decimals, thousands commas allowed,
     * with a yen sign (¥ or the full-width \uFFE5) before or 元 (\u5143) after.
     */
    private static final Pattern TYPED =
            Pattern.compile("[\\u00A5\\uFFE5]?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{0,2})?\\s*\\u5143?");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[\\u00A5\\uFFE5\\u5143,\\s]");

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("money cannot be negative: " + fen);
        }
    }

    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100));
    }

    /**
     * The amount a person typed ("50000", "50,000.5", "¥1,200.00", "300元"), or empty when it is not one: a
     * minus sign, letters, three decimals, or more than {@link #MAX}.
     */
    public static Optional<Money> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = NOT_A_DIGIT.matcher(text).replaceAll("");
        if (digits.length() > 20) {
            return Optional.empty();
        }
        BigDecimal fen = new BigDecimal(digits).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (fen.compareTo(BigDecimal.valueOf(MAX.fen)) > 0) {
            return Optional.empty();
        }
        return Optional.of(ofFen(fen.longValueExact()));
    }

    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /** What is left after taking {@code other} away; refuses to go below zero. */
    public Money minus(Money other) {
        if (other.fen > fen) {
            throw new IllegalArgumentException("money cannot go below zero: " + this + " − " + other);
        }
        return ofFen(fen - other.fen);
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** The amount in yuan with two decimals, as a number a spreadsheet reads ("50000.00"). */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return yuan().toPlainString();
    }

    /** Stores money as a plain bigint column of fen. */
    @Converter(autoApply = true)
    public static class DatabaseConverter implements AttributeConverter<Money, Long> {

        @Override
        public @Nullable Long convertToDatabaseColumn(@Nullable Money money) {
            return money == null ? null : money.fen();
        }

        @Override
        public @Nullable Money convertToEntityAttribute(@Nullable Long fen) {
            return fen == null ? null : Money.ofFen(fen);
        }
    }
}
