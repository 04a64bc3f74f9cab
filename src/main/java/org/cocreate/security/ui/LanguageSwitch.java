package org.cocreate.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import org.cocreate.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * 中文 / English. The choice is kept in a cookie for the sign-in page of this device and, when somebody is
 * signed in, with the user, so it follows them to every device. The page reloads in the new language.
 */
public class LanguageSwitch extends Composite<HorizontalLayout> {

    static final String COOKIE = "cocreate-lang";

    public LanguageSwitch(@Nullable UserService users) {
        var layout = getContent();
        layout.addClassName("language-switch");
        layout.setSpacing(false);
        for (Locale locale : LocaleSupport.SUPPORTED) {
            var button = new Button(LocaleSupport.nativeName(locale), e -> choose(locale, users));
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setTestId("lang-" + locale.toLanguageTag());
            button.setEnabled(!LocaleSupport.sameLanguage(locale, UI.getCurrent() == null
                    ? LocaleSupport.DEFAULT : UI.getCurrent().getLocale()));
            layout.add(button);
        }
    }

    private static void choose(Locale locale, @Nullable UserService users) {
        if (users != null) {
            users.setOwnLocale(locale.toLanguageTag());
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // The page's lang follows at once (the reloaded page declares it from the start, see LocaleSupport).
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                + "document.documentElement.lang = $1; location.reload();", COOKIE, locale.toLanguageTag());
    }
}
