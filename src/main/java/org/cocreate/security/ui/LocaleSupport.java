package org.cocreate.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocreate.base.ui.Localized;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.SignedInUser;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new page: the signed-in user's own, else this device's last choice
 * (a cookie), else Chinese. The browser's language is deliberately not asked: the committee's tablets
 * often come with English set up, and the product's users work in Chinese. The page says so too: its
 * {@code <html lang>} is the language chosen ({@code zh-CN}, {@code en}), for screen readers and the browser's
 * choice of fonts (Vaadin would declare the browser's language).
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
        event.addIndexHtmlRequestListener(page -> {
            Element html = page.getDocument().selectFirst("html");
            if (html != null) {
                html.attr("lang", chosen(page.getVaadinRequest()).toLanguageTag());
            }
        });
        event.getSource().addUIInitListener(uiInit -> {
            Locale locale = chosen(VaadinRequest.getCurrent());
            uiInit.getUI().setLocale(locale);
            uiInit.getUI().getSession().setLocale(locale);
            Localized.connectionIndicator(uiInit.getUI());
        });
    }

    private Locale chosen(@Nullable VaadinRequest request) {
        return currentUser.get().map(SignedInUser::locale).map(Locale::forLanguageTag)
                .or(() -> fromCookie(request))
                .map(LocaleSupport::supported)
                .orElse(DEFAULT);
    }

    private static Optional<Locale> fromCookie(@Nullable VaadinRequest request) {
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
