package org.cocreate.points;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** An amount of points: never negative. A balance, a price or the size of a grant. */
public record Points(long value) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public Points {
        if (value < 0) {
            throw new IllegalArgumentException("points cannot be negative: " + value);
        }
    }

    public static Points of(long value) {
        return value == 0 ? ZERO : new Points(value);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    /** What is left after taking {@code other} away; refuses to go below zero. */
    public Points minus(Points other) {
        if (other.value > value) {
            throw new InsufficientPointsException(this, other);
        }
        return of(value - other.value);
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean covers(Points other) {
        return value >= other.value;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** Stores points as a plain bigint column. */
    @Converter(autoApply = true)
    public static class DatabaseConverter implements AttributeConverter<Points, Long> {

        @Override
        public @Nullable Long convertToDatabaseColumn(@Nullable Points points) {
            return points == null ? null : points.value();
        }

        @Override
        public @Nullable Points convertToEntityAttribute(@Nullable Long value) {
            return value == null ? null : Points.of(value);
        }
    }
}
