package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordOfEightWithLettersAndDigitsPasses() {
        assertThatCode(() -> PasswordPolicy.check("chenbin", "baihuo2026", "password")).doesNotThrowAnyException();
    }

    @Test
    void tooShortIsRefusedWithTheLengthsInTheMessage() {
        assertThatThrownBy(() -> PasswordPolicy.check("chenbin", "abc123", "password"))
                .isInstanceOf(UserRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "password.length");
    }

    @Test
    void onlyLettersIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("chenbin", "abcdefghij", "password"))
                .hasFieldOrPropertyWithValue("messageKey", "password.letterAndDigit");
    }

    @Test
    void theUserNameIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("worker2026", "Worker2026", "password"))
                .hasFieldOrPropertyWithValue("messageKey", "password.notUsername");
    }
}
