package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void addsAndSubtracts() {
        assertThat(Points.of(5).plus(Points.of(3))).isEqualTo(Points.of(8));
        assertThat(Points.of(5).minus(Points.of(5))).isEqualTo(Points.ZERO);
        assertThat(Points.of(5).minus(Points.of(2)).value()).isEqualTo(3);
    }

    @Test
    void neverGoesBelowZero() {
        assertThatThrownBy(() -> new Points(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Points.of(5).minus(Points.of(6)))
                .isInstanceOf(InsufficientPointsException.class)
                .satisfies(e -> {
                    var refusal = (InsufficientPointsException) e;
                    assertThat(refusal.messageKey()).isEqualTo("points.insufficient");
                    assertThat(refusal.arguments()).containsExactly(5L, 6L);
                });
    }

    @Test
    void refusesToOverflow() {
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsToAndFromTheDatabaseColumn() {
        var converter = new Points.DatabaseConverter();
        assertThat(converter.convertToDatabaseColumn(Points.of(42))).isEqualTo(42L);
        assertThat(converter.convertToEntityAttribute(42L)).isEqualTo(Points.of(42));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void comparesByValue() {
        assertThat(Points.of(3)).isLessThan(Points.of(4));
        assertThat(Points.of(4).covers(Points.of(4))).isTrue();
        assertThat(Points.of(3).covers(Points.of(4))).isFalse();
    }

    @Test
    void applyingToAnAccountRefusesANegativeBalanceAndChangesNothing() {
        var account = new PointAccount(1, 1);
        account.apply(10);
        assertThatThrownBy(() -> account.apply(-11)).isInstanceOf(InsufficientPointsException.class);
        assertThat(account.getBalance()).isEqualTo(Points.of(10));
        assertThat(account.apply(-10)).isEqualTo(Points.ZERO);
    }
}
