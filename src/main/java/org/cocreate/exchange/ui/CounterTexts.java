package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the counter writes phones, dates and times. */
final class CounterTexts {

    private CounterTexts() {
    }


    static String date(Component owner, LocalDate date) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("common.dateFormat"), locale(owner)).format(date);
    }

    static String dateTime(Component owner, LocalDateTime time) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("common.dateFormat") + " HH:mm", locale(owner))
                .format(time);
    }

    private static Locale locale(Component owner) {
        return owner.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null
                ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale());
    }
}
