package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.cocreate.ViewTest;
import org.cocreate.security.RunAs;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.ErrorPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The first run: a new sub-district's admin, before any community exists, lands on a page that leads to
 * creating the first one (not on an English stack trace), and after creating it the frame names it at
 * once. A user whom nobody has given a community is told whom to ask.
 */
@ViewTest
class NoCommunityViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in a new user with no community (a new sub-district's admin when {@code subdistrict} is set). */
    private void signInNewUser(String username, Role role, boolean ownSubdistrict) {
        Long subdistrictId = null;
        if (ownSubdistrict) {
            jdbc.sql("insert into subdistrict (name) values (?)").param("新街道 " + username).update();
            subdistrictId = jdbc.sql("select id from subdistrict where name = ?").param("新街道 " + username)
                    .query(Long.class).single();
        }
        Long subdistrict = subdistrictId;
        RunAs.nobody(() -> users.createInitialUser(username, "新用户", "password-12345", Set.of(role), Set.of(),
                subdistrict, false));
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities())));
    }

    private String text(Class<? extends Component> type, String testId) {
        return $(type).all().stream().filter(c -> testId.equals(c.getElement().getAttribute("data-testid")))
                .findFirst().orElseThrow().getElement().getText();
    }

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst().orElseThrow();
    }

    @Test
    void aNewSubdistrictsAdminIsLedToCreateTheFirstCommunityAndTheFrameNamesItAtOnce() {
        String username = "first_" + System.nanoTime() % 1_000_000;
        signInNewUser(username, Role.ADMIN, true);

        navigate("", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NoCommunityView.class);
        assertThat(text(H2.class, "error-title")).isEqualTo("还没有社区");
        assertThat(text(Paragraph.class, "error-text")).startsWith("这个街道还没有社区。先创建第一个社区");
        assertThat(text(com.vaadin.flow.component.html.Span.class, "working-community")).isEqualTo("（未分配社区）");
        assertThat(button("no-community-create").getText()).isEqualTo("创建第一个社区");

        test(button("no-community-create")).click();
        CommunitiesView communities = $(CommunitiesView.class).single();
        test(communities.name).setValue("新城社区");
        test(communities.create).click();

        // The new community's home, the page loaded afresh (one page load of the home: FirstRunJourneyIT shows it
        // in a browser) so that the frame says where the admin works.
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("./"));
        assertThat(getCurrentView()).isNotInstanceOf(ErrorPage.class);
        assertThat(context.getBean(WorkingCommunity.class).require().name()).isEqualTo("新城社区");
    }

    @Test
    void aWorkerWithoutACommunityIsToldToAskTheSubdistrictAdmin() {
        signInNewUser("lonely_" + System.nanoTime() % 1_000_000, Role.WORKER, false);

        navigate("points/leaderboard", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NoCommunityView.class);
        assertThat(text(H2.class, "error-title")).isEqualTo("还没有社区");
        assertThat(text(Paragraph.class, "error-text")).isEqualTo(
                "您的账户还没有分配社区，暂时不能使用社区的页面。请联系街道管理员为您分配社区。");
        assertThat($(Button.class).all()).noneMatch(b -> "no-community-create".equals(b.getTestId()));
        // No button to press here, but the menu (and signing out) is one tap away, also in portrait.
        assertThat($(com.vaadin.flow.component.applayout.DrawerToggle.class).all())
                .anyMatch(t -> "error-menu".equals(t.getTestId()));
    }
}
