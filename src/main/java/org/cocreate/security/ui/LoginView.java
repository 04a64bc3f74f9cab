package org.cocreate.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.cocreate.security.SignInHeldException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page, in the language of the device (Chinese unless English was chosen). After a failed
 * sign-in it says either that the name or password is wrong, or, when the throttle holds the sign-in, in how
 * many minutes to try again (Spring Security leaves the failure in the session for this page).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();

    private final Clock clock;

    LoginView(Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        var card = new Div(title, subtitle, login, new LanguageSwitch(null));
        card.addClassName("login-card");
        add(card);
    }

    /** The form's texts; after a held sign-in, its error says how many minutes (at least 1) to wait. */
    private LoginI18n i18n(@Nullable LocalDateTime heldUntil) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        if (heldUntil == null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        } else {
            long seconds = Duration.between(LocalDateTime.now(clock), heldUntil).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            i18n.getErrorMessage().setTitle(getTranslation("login.held.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.held.message", minutes));
        }
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setI18n(i18n(failed ? heldUntil() : null));
        login.setError(failed);
    }

    private static @Nullable LocalDateTime heldUntil() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        Object failure = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof SignInHeldException held ? held.heldUntil() : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
