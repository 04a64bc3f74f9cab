package org.cocreate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnterKeyTest {

    @Test
    void onlyEnterRunsTheActionAndTheBrowserIsToldToSendNothingElse() {
        var field = new TextField();
        var pressed = new AtomicInteger();
        EnterKey.on(field, pressed::incrementAndGet);

        EnterKeys.pressOther(field);
        assertThat(pressed).hasValue(0);
        EnterKeys.press(field);
        assertThat(pressed).hasValue(1);
        assertThat(EnterKey.FILTER).contains("'Enter'").contains("isComposing");
    }
}
