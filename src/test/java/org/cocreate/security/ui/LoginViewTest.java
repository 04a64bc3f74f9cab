package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cocreate.security.SignInHeldException;
import org.cocreate.security.SignInRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.cocreate.ViewTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ViewTest
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;

    private LoginView open(Map<String, String> query) {
        // Spring Security sends a failed sign-in to login?error: a query parameter, not a route parameter.
        UI.getCurrent().navigate("login", QueryParameters.simple(query));
        return $(LoginView.class).single();
    }

    /** The texts the login form shows, as the browser receives them. */
    private static JsonNode i18n(LoginView view) {
        return JsonMapper.shared().readTree(String.valueOf(view.login.getElement().getPropertyRaw("i18n")));
    }

    @Test
    void speaksChineseByDefaultWithoutAnError() {
        LoginView view = open(Map.of());
        JsonNode i18n = i18n(view);
        assertThat($(H1.class).single().getText()).isEqualTo("共同缔造");
        assertThat(i18n.at("/form/title").asString()).isEqualTo("登录");
        assertThat(i18n.at("/form/username").asString()).isEqualTo("用户名");
        assertThat(i18n.at("/form/password").asString()).isEqualTo("密码");
        assertThat(i18n.at("/form/submit").asString()).isEqualTo("登录");
        assertThat(view.login.isError()).isFalse();
        assertThat(view.login.isForgotPasswordButtonVisible()).isFalse();
        assertThat(view.login.getAction()).isEqualTo("login");
        assertThat($(Button.class).withText("English").single().isEnabled()).isTrue();
        assertThat($(Button.class).withText("中文").single().isEnabled()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("登录 · 共同缔造");
    }

    @Test
    void afterAFailedSignInShowsOneGenericMessageThatRevealsNothingAboutTheAccount() {
        LoginView view = open(Map.of("error", ""));
        assertThat(view.login.isError()).isTrue();
        JsonNode error = i18n(view).at("/errorMessage");
        assertThat(error.at("/title").asString()).isEqualTo("无法登录");
        assertThat(error.at("/message").asString())
                .isEqualTo("用户名或密码不正确，请检查后重试。");
    }

    @Test
    void aWrongPasswordKeepsTheNameTypedAndOnlyThePasswordIsTypedAgain() {
        // What Spring Security leaves in the session after a wrong password (ThrottlingAuthenticationProvider).
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRefusedException("daimo_worker", new BadCredentialsException("bad credentials")));
        LoginView view = open(Map.of("error", ""));

        assertThat(view.login.isError()).isTrue();
        assertThat(view.keptUsername).isEqualTo("daimo_worker");
        // The name reaches the browser's form, and the focus goes to the password instead of the name.
        assertThat(view.login.getElement().getProperty("noAutofocus", false)).isTrue();
        List<Object> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadinLoginUsername"))
                .flatMap(js -> js.getInvocation().getParameters().stream()).toList();
        assertThat(sent).contains("daimo_worker");
    }

    @Test
    void withoutAFailedSignInTheFormStartsEmptyWhateverTheSessionRemembers() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInRefusedException("daimo_worker", new BadCredentialsException("bad credentials")));
        LoginView view = open(Map.of());
        assertThat(view.keptUsername).isNull();
        assertThat(view.login.getElement().getProperty("noAutofocus", false)).isFalse();
    }

    @Test
    void aHeldSignInSaysInHowManyMinutesToTryAgainInsteadOfTheWrongPasswordMessage() {
        // What Spring Security leaves in the session after a sign-in the throttle held.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInHeldException(LocalDateTime.now(clock).plusMinutes(14).plusSeconds(30), "held_name"));
        LoginView view = open(Map.of("error", ""));
        assertThat(view.login.isError()).isTrue();
        JsonNode error = i18n(view).at("/errorMessage");
        assertThat(error.at("/title").asString()).isEqualTo("尝试次数过多");
        assertThat(error.at("/message").asString()).isEqualTo("这个账户从这里的登录已暂停，请 15 分钟后再试；在其他地方登录不受影响。");
        assertThat(view.keptUsername).isEqualTo("held_name");

        // A later wrong password replaces it: the generic message again.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("bad credentials"));
        view = open(Map.of("error", ""));
        assertThat(i18n(view).at("/errorMessage/message").asString()).isEqualTo("用户名或密码不正确，请检查后重试。");
    }
}
