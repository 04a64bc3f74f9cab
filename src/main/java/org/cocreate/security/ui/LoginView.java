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
import org.cocreate.base.ui.Localized;
import org.cocreate.security.SignInHeldException;
import org.cocreate.security.SignInRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page, in the language of the device (Chinese unless English was chosen). After a failed
 * sign-in it says either that the name or password is wrong, or, when the throttle holds the sign-in, in how
 * many minutes to try again (Spring Security leaves the failure in the session for this page). The name typed
 * stays in its field, so that only the password is typed again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    /** The name given back to the form after a failed sign-in, if any. */
    @Nullable String keptUsername;

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
        Localized.loginForm(login);

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
        @Nullable Object failure = failed ? failure() : null;
        login.setI18n(i18n(failure instanceof SignInHeldException held ? held.heldUntil() : null));
        login.setError(failed);
        String name = failure instanceof SignInHeldException held ? held.attemptedName()
                : failure instanceof SignInRefusedException refused ? refused.attemptedName() : "";
        if (!name.isBlank()) {
            keepUsername(name);
        }
    }

    /** What Spring Security left in the session after the failed sign-in. */
    private static @Nullable Object failure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        return http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /**
     * The form posts to Spring Security, which answers with this page anew: the name field is given back the
     * name typed, and the password field takes the focus instead. The form's fields are its own (rendered by the
     * web component into its light DOM, no Java API), hence once it has rendered.
     */
    private void keepUsername(String name) {
        keptUsername = name;
        login.getElement().setProperty("noAutofocus", true);
        login.getElement().executeJs("customElements.whenDefined('vaadin-login-form')"
                + ".then(() => this.updateComplete).then(() => {"
                + " this.querySelector('#vaadinLoginUsername').value = $0;"
                + " this.querySelector('#vaadinLoginPassword').focus(); })", name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
