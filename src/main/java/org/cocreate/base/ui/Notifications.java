package org.cocreate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.cocreate.base.RefusedException;

/** The three ways the app tells a user how an action went, always in their language. */
public final class Notifications {

    private static final int DURATION_MS = 4000;

    private Notifications() {
    }

    public static void success(String messageKey, Object... arguments) {
        show(translate(messageKey, arguments), NotificationVariant.SUCCESS, DURATION_MS);
    }

    public static void error(String messageKey, Object... arguments) {
        show(translate(messageKey, arguments), NotificationVariant.ERROR, DURATION_MS * 2);
    }

    public static void refused(RefusedException refusal) {
        error(refusal.messageKey(), refusal.arguments());
    }

    private static void show(String text, NotificationVariant variant, int duration) {
        // Notification text is set as plain text: nothing a user typed can become markup here.
        var notification = new Notification(text, duration, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }

    private static String translate(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, arguments);
    }
}
