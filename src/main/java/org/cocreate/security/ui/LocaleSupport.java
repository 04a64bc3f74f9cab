package org.cocreate.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new page: the signed-in user's own, else this device's last choice
 * (a cookie), else Chinese. The browser's language is deliberately not asked: the committee's tablets
 * often come with English set up, and the product's users work in Chinese.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final CurrentUser currentUser;

    LocaleSupport(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            Locale locale = currentUser.get().map(SignedInUser::locale).map(Locale::forLanguageTag)
                    .or(() -> fromCookie(VaadinRequest.getCurrent()))
                    .map(LocaleSupport::supported)
                    .orElse(DEFAULT);
            uiInit.getUI().setLocale(locale);
            uiInit.getUI().getSession().setLocale(locale);
        });
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (LanguageSwitch.COOKIE.equals(cookie.getName())) {
                return Optional.of(Locale.forLanguageTag(cookie.getValue()));
            }
        }
        return Optional.empty();
    }

    static Locale supported(Locale wanted) {
        return SUPPORTED.stream().filter(l -> sameLanguage(l, wanted)).findFirst().orElse(DEFAULT);
    }

    static boolean sameLanguage(Locale a, Locale b) {
        return a.getLanguage().equals(b.getLanguage());
    }

    /** A language is offered in its own words (中文, English), whatever the page's language. */
    static String nativeName(Locale locale) {
        return locale.getDisplayLanguage(locale);
    }
}
