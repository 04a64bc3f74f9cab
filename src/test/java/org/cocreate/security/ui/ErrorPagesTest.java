package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every kind of navigation error is the app's own page, in the user's language and in the frame: an
 * unknown address, a screen the role may not open, a screen whose service refuses, a screen that fails.
 * (The page for a user without a community is tested in community/ui NoCommunityViewTest; the HTTP status
 * and the anonymous visitor in a real browser by ErrorPagesJourneyIT.)
 */
@ViewTest
class ErrorPagesTest extends SpringBrowserlessTest {

    /** A screen whose constructor fails the way a bug would. */
    @PermitAll
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException("secret detail of the failure");
        }
    }

    /** A screen whose service refuses the user (Spring's access denial from the constructor). */
    @PermitAll
    public static class RefusedView extends Div {
        public RefusedView() {
            throw new org.springframework.security.access.AccessDeniedException("community 42 is not accessible");
        }
    }

    private String title() {
        return titleElement().getText();
    }

    private H2 titleElement() {
        return $(H2.class).all().stream().filter(h -> "error-title".equals(h.getTestId())).findFirst().orElseThrow();
    }

    private String pageText() {
        return titleElement().getText() + " " + $(Paragraph.class).all().stream()
                .filter(p -> "error-text".equals(p.getTestId())).findFirst().orElseThrow().getText();
    }

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst().orElseThrow();
    }

    private static void assertNothingTechnical(String text) {
        assertThat(text).doesNotContain("Exception", "Could not navigate", "secret", "community 42", "org.");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void anUnknownAddressIsTheAppsNotFoundPageInTheFrameWithTheWayHome() {
        navigate("no/such/page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(pageText()).startsWith("找不到这个页面 您要打开的页面不存在");
        assertNothingTechnical(pageText());
        assertThat($(SideNav.class).exists()).as("the menu of the frame").isTrue();
        assertThat(((NotFoundView) getCurrentView()).getPageTitle()).isEqualTo("找不到这个页面");

        test(button("error-home")).click();
        assertThat(getCurrentView()).isNotInstanceOf(ErrorPage.class);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aScreenTheRoleMayNotOpenSaysSoInsteadOfNotFound() {
        navigate("users", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat(pageText()).startsWith("无权打开这个页面 您的账户不能打开这个页面");
        assertNothingTechnical(pageText());
        assertThat($(SideNav.class).exists()).isTrue();
        assertThat(button("error-home").getText()).isEqualTo("返回首页");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aRefusalFromTheScreensServiceIsTheNotAllowedPage() {
        RouteConfiguration.forSessionScope().setRoute("test/refused", RefusedView.class);
        navigate("test/refused", Component.class);

        assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
        assertThat(title()).isEqualTo("无权打开这个页面");
        assertNothingTechnical(pageText());
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aFailingScreenSaysSomethingWentWrongAndThatOnlyWhatWasConfirmedIsSaved() {
        RouteConfiguration.forSessionScope().setRoute("test/failing", FailingView.class);
        navigate("test/failing", Component.class);

        assertThat(getCurrentView()).isInstanceOf(FailureView.class);
        assertThat(pageText()).startsWith("出了点问题 系统出现意外错误").contains("凡是屏幕没有提示已保存的，都没有保存");
        assertNothingTechnical(pageText());
        assertThat($(SideNav.class).exists()).isTrue();
        assertThat(button("error-home").isVisible()).isTrue();
    }

    /** The status a page answers with: on a page load Vaadin's router sets it on the HTTP response. */
    private static <T extends Exception> int status(com.vaadin.flow.router.HasErrorParameter<T> view, Class<T> type,
            T exception) {
        UI ui = UI.getCurrent();
        var event = new com.vaadin.flow.router.BeforeEnterEvent(ui.getInternals().getRouter(),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD, new com.vaadin.flow.router.Location("x"),
                ((Component) view).getClass(), ui, java.util.List.of());
        return view.setErrorParameter(event, new com.vaadin.flow.router.ErrorParameter<>(type, exception));
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void eachPageAnswersWithTheHttpStatusOfWhatHappened() {
        navigate("no/such/page", Component.class);
        assertThat(status((NotFoundView) getCurrentView(), com.vaadin.flow.router.NotFoundException.class,
                new com.vaadin.flow.router.NotFoundException())).isEqualTo(404);
        navigate("users", Component.class);
        assertThat(status((NotAllowedView) getCurrentView(), com.vaadin.flow.router.AccessDeniedException.class,
                new com.vaadin.flow.router.AccessDeniedException())).isEqualTo(403);
        RouteConfiguration.forSessionScope().setRoute("test/failing", FailingView.class);
        navigate("test/failing", Component.class);
        FailureView failure = (FailureView) getCurrentView();
        assertThat(status(failure, Exception.class, new IllegalStateException("x"))).isEqualTo(500);
        assertThat(status(failure, Exception.class, new RuntimeException(
                new org.springframework.security.authorization.AuthorizationDeniedException("denied"))))
                .as("a method-security refusal wrapped by the view's creation").isEqualTo(403);
        assertThat(title()).isEqualTo("无权打开这个页面");
        assertThat(status(failure, Exception.class, new RuntimeException(new org.cocreate.base.NotFoundException())))
                .isEqualTo(404);
        assertThat(title()).isEqualTo("找不到这个页面");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theErrorPagesSpeakEnglishToAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("no/such/page", Component.class);
        assertThat(pageText()).isEqualTo("Page not found The page you asked for does not exist: the link may be"
                + " mistyped or out of date.");
        assertThat(button("error-home").getText()).isEqualTo("Back to the home page");

        navigate("users", Component.class);
        assertThat(title()).isEqualTo("Not allowed");
        assertNothingTechnical(pageText());
    }
}
