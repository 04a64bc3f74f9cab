package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.RegisterService;
import org.cocreate.security.AuditLogEntry;
import org.cocreate.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ViewTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    RegisterService register;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    Clock clock;

    private AuditLogView open() {
        navigate(AuditLogView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(AuditLogView.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void showsTheNewestChangeFirstInChineseWithTimeCommunityAndWhatWasTypedAsText() {
        String name = "<i>审计</i>小区" + System.nanoTime() % 100_000;
        long compound = register.createCompound(currentUser.communities().getFirst().id(),
                new CompoundDraft(name, null, Set.of()));

        AuditLogView view = open();
        assertThat(view.since.getValue()).isEqualTo(LocalDate.now(clock).minusDays(7));
        var grid = test(view.grid);
        AuditLogEntry newest = grid.getRow(0);
        assertThat(newest.targetId()).isEqualTo(String.valueOf(compound));
        assertThat(grid.getCellText(0, 0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(grid.getCellText(0, 1)).isEqualTo(DemoUsers.WENFENG_ADMIN);
        assertThat(grid.getCellText(0, 2)).isEqualTo("新建小区");
        assertThat(grid.getCellText(0, 3)).isEqualTo("小区 #" + compound);
        assertThat(grid.getCellText(0, 4)).isEqualTo("文峰塔社区");
        assertThat(grid.getCellText(0, 6)).contains("name=" + name);

        assertThat(view.grid.isDetailsVisible(newest)).isFalse();
        grid.clickRow(0);
        assertThat(view.grid.isDetailsVisible(newest)).as("tap shows the full before and after").isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void onATabletTheCommunityAddressAndChangeFoldIntoTheDetailsOnTap() {
        register.createCompound(currentUser.communities().getFirst().id(),
                new CompoundDraft("平板审计小区" + System.nanoTime() % 100_000, null, Set.of()));
        AuditLogView view = open();
        int columns = view.grid.getColumns().stream().filter(c -> c.isVisible()).toList().size();

        view.adapt(768);

        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible())).hasSize(columns - 3);
        test(view.grid).clickRow(0);
        AuditLogEntry newest = test(view.grid).getRow(0);
        assertThat(view.grid.isDetailsVisible(newest)).isTrue();
        view.adapt(1280);
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible())).hasSize(columns);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void findsEventsByTheActionNameAsTheUserReadsIt() {
        String stranger = "ghost_" + System.nanoTime() % 1_000_000;
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(stranger, "wrong-password1");
        attempt.setDetails(new WebAuthenticationDetails("203.0.113.9", null));
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                .isInstanceOf(AuthenticationException.class);

        AuditLogView view = open();
        test(view.filter).setValue("登录失败");
        var grid = test(view.grid);
        AuditLogEntry newest = grid.getRow(0);
        assertThat(newest.action()).isEqualTo("LOGIN_FAILED");
        assertThat(newest.actor()).isEqualTo(stranger);
        assertThat(grid.getCellText(0, 2)).isEqualTo("登录失败");
        assertThat(grid.getCellText(0, 4)).as("sign-ins belong to no community").isEmpty();
        assertThat(grid.getCellText(0, 5)).isEqualTo(newest.remoteAddress()).isNotEmpty();

        test(view.filter).setValue(stranger);
        assertThat(grid.getRow(0).actor()).isEqualTo(stranger);

        test(view.since).setValue(LocalDate.now(clock));
        assertThat(grid.getRow(0).actor()).isEqualTo(stranger);
    }

    @Test
    void theTypedActionNameBecomesTheCodePartTheMatchingActionsShare() {
        Map<String, String> names = Map.of("LOGIN", "登录", "LOGIN_FAILED", "登录失败", "LOGIN_LOCKED",
                "多次登录失败，已锁定", "USER_CREATED", "新建用户", "COMPOUND_CREATED", "新建小区",
                "PASSWORD_CHANGED", "修改本人密码", "USER_PASSWORD_RESET", "重置用户密码");
        assertThat(AuditLogView.searchTerm(" 登录 ", names)).isEqualTo("LOGIN");
        assertThat(AuditLogView.searchTerm("登录失败", names)).isEqualTo("LOGIN_");
        assertThat(AuditLogView.searchTerm("新建", names)).isEqualTo("_CREATED");
        assertThat(AuditLogView.searchTerm("密码", names)).isEqualTo("PASSWORD_");
        assertThat(AuditLogView.searchTerm("wenfeng_admin", names)).isEqualTo("wenfeng_admin");
        assertThat(AuditLogView.searchTerm("", names)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void counterStaffCannotOpenTheAuditTrail() {
        assertThatThrownBy(() -> navigate(AuditLogView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void committeeMembersCannotOpenTheAuditTrail() {
        assertThatThrownBy(() -> navigate(AuditLogView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
