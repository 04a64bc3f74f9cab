package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} fen")
    @CsvSource(delimiter = '|', value = {"50000|5000000", "50,000|5000000", "50000.5|5000050", "¥1,200.00|120000",
            "300元|30000", " 0.07 |7", "0|0", "12.|1200", "10000000000|1000000000000"})
    void whatAPersonTypesIsReadToTheFen(String typed, long fen) {
        assertThat(Money.parse(typed)).contains(Money.ofFen(fen));
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"", "-5", "−5", "abc", "1.234", "1,23", "5e3", "0x10", "10000000000.01",
            "99999999999999999999999"})
    void whatIsNotAnAmountIsRefused(String typed) {
        assertThat(Money.parse(typed)).isEqualTo(Optional.empty());
    }

    @Test
    void sumsAreExactAndNeverNegative() {
        // 0.1 + 0.2 in doubles is 0.30000000000000004; in fen it is 30.
        assertThat(Money.parse("0.1").orElseThrow().plus(Money.parse("0.2").orElseThrow())).isEqualTo(Money.ofFen(30));
        assertThat(Money.ofYuan(50_000).minus(Money.ofYuan(20_000)).toString()).isEqualTo("30000.00");
        assertThatThrownBy(() -> Money.ofYuan(1).minus(Money.ofYuan(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofFen(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.parse(null)).isEmpty();
    }
}
