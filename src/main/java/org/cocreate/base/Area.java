package org.cocreate.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive floor area (专有部分面积) in square metres, to the hundredth as the property register writes it
 * (interpretation on building division ownership, art. 8: the registered area, else the surveyed one, else
 * the contract's). Kept as a {@link BigDecimal}, never a double: article 278 compares shares such as "two
 * thirds or more" exactly, and a sum of doubles can miss two thirds by a rounding error. Never negative.
 */
public record Area(BigDecimal squareMetres) implements Comparable<Area> {

    public static final Area ZERO = new Area(BigDecimal.ZERO);

    /** Whole-metre digits allowed: 10^12 m² is far above any compound, and keeps a mistyped exponent out. */
    private static final int MAX_WHOLE_DIGITS = 12;
    private static final Pattern TYPED = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    public Area {
        Objects.requireNonNull(squareMetres, "squareMetres");
        if (squareMetres.signum() < 0) {
            throw new IllegalArgumentException("an area cannot be negative: " + squareMetres.toPlainString());
        }
        if (squareMetres.precision() - squareMetres.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("an area this large is not a floor area: " + squareMetres);
        }
        squareMetres = squareMetres.setScale(2, RoundingMode.HALF_UP);
    }

    /** An area as written in a register or an import file ("85.32"); anything else is refused. */
    public static Area of(String typed) {
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            throw new IllegalArgumentException("not an area in square metres: " + typed);
        }
        return new Area(new BigDecimal(text));
    }

    public Area plus(Area other) {
        return new Area(squareMetres.add(other.squareMetres));
    }

    /** What is left after taking {@code other} away; refuses to go below zero. */
    public Area minus(Area other) {
        return new Area(squareMetres.subtract(other.squareMetres));
    }

    public boolean isZero() {
        return squareMetres.signum() == 0;
    }

    @Override
    public int compareTo(Area other) {
        return squareMetres.compareTo(other.squareMetres);
    }

    /** Plain digits with two decimals ("85.32"), as a spreadsheet reads them. */
    @Override
    public String toString() {
        return squareMetres.toPlainString();
    }

    /** Stores an area as a decimal column of square metres with two decimals. */
    @Converter(autoApply = true)
    public static class DatabaseConverter implements AttributeConverter<Area, BigDecimal> {

        @Override
        public @Nullable BigDecimal convertToDatabaseColumn(@Nullable Area area) {
            return area == null ? null : area.squareMetres();
        }

        @Override
        public @Nullable Area convertToEntityAttribute(@Nullable BigDecimal squareMetres) {
            return squareMetres == null ? null : new Area(squareMetres);
        }
    }
}
