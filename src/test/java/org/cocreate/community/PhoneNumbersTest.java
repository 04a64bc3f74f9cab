package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "0722-3456789", "07223456789", "3456789"})
    void acceptsMobileAndLandlineNumbers(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "abc", "138-1234-5678x"})
    void refusesMalformedNumbers(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"13812345678,138****5678", "0722-3456789,072****6789", "123,****"})
    void masksAllButTheFirstThreeAndLastFourDigits(String phone, String masked) {
        assertThat(PhoneNumbers.mask(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"138 1234 5678|13812345678", "  |", "|"})
    void normalisingDropsSpacesAndEmptiness(String raw, String expected) {
        assertThat(PhoneNumbers.normalise(raw)).isEqualTo(expected);
    }
}
