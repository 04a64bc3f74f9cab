package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.HeldSignIn;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.SignInHeldException;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class HeldSignInsViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    /** A new worker of 文峰塔 whose five wrong passwords from one address hold their sign-in there. */
    private String heldWorker() {
        String username = "held" + SEQUENCE.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100_000, 36);
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        RunAs.nobody(() -> users.createInitialUser(username, "被暂停的社工", "Right2026pw", Set.of(Role.WORKER),
                Set.of(wenfeng), null, false));
        String address = "198.51.100." + SEQUENCE.get();
        for (int i = 1; i <= 5; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "Guess2026no" + i);
            attempt.setDetails(new WebAuthenticationDetails(address, null));
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                    .isInstanceOf(AuthenticationException.class);
        }
        var right = UsernamePasswordAuthenticationToken.unauthenticated(username, "Right2026pw");
        right.setDetails(new WebAuthenticationDetails(address, null));
        assertThatThrownBy(() -> authenticationManager.authenticate(right)).isInstanceOf(SignInHeldException.class);
        return username;
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminSeesAHeldUserOfTheCommunityFromTheUsersAndUnlocksThemWithOneTap() {
        String held = heldWorker();
        navigate(UserAdminView.class);
        Button open = $(Button.class).withTestId("user-held").single();
        assertThat(open.getText()).startsWith("暂停登录（");
        test(open).click();

        HeldSignInsView view = $(HeldSignInsView.class).single();
        var grid = test(view.grid);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> held.equals(grid.getRow(i).username())).findFirst().orElseThrow();
        HeldSignIn line = grid.getRow(row);
        assertThat(line.displayName()).isEqualTo("被暂停的社工");
        assertThat(line.failures()).isEqualTo(5);
        assertThat(grid.getCellText(row, 4)).isEqualTo("1 分钟");

        Button unlock = (Button) grid.getCellComponent(row, "actions");
        test(unlock).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已解除 " + held + " 的登录暂停");
        assertThat(java.util.stream.IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).username())).doesNotContain(held);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void counterStaffCannotOpenTheHeldSignIns() {
        assertThatThrownBy(() -> navigate(HeldSignInsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
