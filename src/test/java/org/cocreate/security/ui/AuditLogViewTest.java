package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CommunityTestData;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.RegisterService;
import org.cocreate.security.AuditKind;
import org.cocreate.security.AuditLogEntry;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserDraft;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ViewTest
class AuditLogViewTest extends SpringBrowserlessTest {

    private static final int TIME = 0;
    private static final int EVENT = 1;
    private static final int COMMUNITY = 2;
    private static final int ADDRESS = 3;

    @Autowired
    RegisterService register;
    @Autowired
    UserService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    Clock clock;

    private AuditLogView open() {
        navigate(AuditLogView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(AuditLogView.class).single();
    }

    private long compound(String name) {
        return register.createCompound(currentUser.communities().getFirst().id(), new CompoundDraft(name, null, Set.of()));
    }

    private String failedSignIn() {
        String stranger = "ghost_" + System.nanoTime() % 1_000_000;
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(stranger, "wrong-password1");
        attempt.setDetails(new WebAuthenticationDetails("203.0.113.9", null));
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                .isInstanceOf(AuthenticationException.class);
        return stranger;
    }

    private static List<AuditLogEntry> rows(AuditLogView view) {
        return view.grid.getLazyDataView().getItems().limit(500).toList();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void showsTheNewestChangeFirstAsAChineseSentenceWithTimeCommunityAndWhatWasTypedAsText() {
        String name = "<i>审计</i>小区" + System.nanoTime() % 100_000;
        long compound = compound(name);

        AuditLogView view = open();
        assertThat(view.from.getValue()).isEqualTo(LocalDate.now(clock).minusDays(7));
        var grid = test(view.grid);
        AuditLogEntry newest = grid.getRow(0);
        assertThat(newest.targetId()).isEqualTo(String.valueOf(compound));
        assertThat(grid.getCellText(0, TIME)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(grid.getCellText(0, EVENT)).isEqualTo("文峰塔管理员 新建了小区 " + name + "：名称：" + name);
        assertThat(grid.getCellText(0, COMMUNITY)).isEqualTo("文峰塔社区");

        assertThat(view.grid.isDetailsVisible(newest)).isFalse();
        grid.clickRow(0);
        assertThat(view.grid.isDetailsVisible(newest)).as("tap shows the full before and after").isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aFailedSignInAndARoleChangeReadAsSentencesInChineseAndInEnglish() {
        String stranger = failedSignIn();
        String username = "audit" + System.nanoTime() % 1_000_000;
        long community = currentUser.communities().getFirst().id();
        long user = users.create(new UserDraft(username, "审计用户", Set.of(Role.WORKER), Set.of(community), false,
                true, "Audit2026pw"));
        users.update(user, new UserDraft(username, "审计用户", Set.of(Role.WORKER, Role.COUNTER), Set.of(community),
                false, true, null));

        AuditLogView view = open();
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, EVENT)).isEqualTo("文峰塔管理员 修改了用户 审计用户：角色："
                + "社区工作者 → " + String.join("、", roleNames(grid.getRow(0).after(), "兑换点工作人员", "社区工作者")));
        test(view.kind).selectItem("登录");
        assertThat(grid.getCellText(0, EVENT)).isEqualTo("以 " + stranger + " 登录失败");
        assertThat(grid.getCellText(0, COMMUNITY)).as("sign-ins belong to no community").isEmpty();
        assertThat(grid.getCellText(0, ADDRESS)).isEqualTo(grid.getRow(0).remoteAddress()).isNotEmpty();

    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void speaksEnglishToAnEnglishUser() {
        String stranger = failedSignIn();
        String username = "audit" + System.nanoTime() % 1_000_000;
        long community = currentUser.communities().getFirst().id();
        long user = users.create(new UserDraft(username, "审计用户", Set.of(Role.WORKER), Set.of(community), false,
                true, "Audit2026pw"));
        users.update(user, new UserDraft(username, "审计用户", Set.of(Role.COUNTER), Set.of(community), false,
                true, null));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        AuditLogView english = open();
        var englishGrid = test(english.grid);
        assertThat(englishGrid.getCellText(0, EVENT))
                .isEqualTo("文峰塔管理员 changed the user 审计用户: Roles: Community worker → Counter staff");
        test(english.kind).selectItem("Sign-ins");
        assertThat(englishGrid.getCellText(0, EVENT)).isEqualTo("Sign-in as " + stranger + " failed");
        assertThat(english.export.getText()).isEqualTo("Export CSV");
        assertThat(english.to.getErrorMessage()).isNull();
        test(english.to).setValue(english.from.getValue().minusDays(1));
        assertThat(english.to.getErrorMessage()).isEqualTo("The end date cannot be before the start date");
    }

    /** The roles in the order the state lists them, by their Chinese names. */
    private static List<String> roleNames(String state, String counter, String worker) {
        String roles = state.substring(state.indexOf("roles=[") + 7, state.indexOf(']', state.indexOf("roles=[")));
        return Arrays.stream(roles.split(", ")).map(role -> role.equals("COUNTER") ? counter : worker).toList();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void theKindPersonAndDaysEachNarrowTheRows() {
        compound("筛选小区" + System.nanoTime() % 100_000);
        String stranger = failedSignIn();
        AuditLogView view = open();
        assertThat(rows(view)).extracting(AuditLogEntry::action).contains("COMPOUND_CREATED", "LOGIN_FAILED");

        test(view.kind).selectItem("社区登记");
        assertThat(rows(view)).isNotEmpty()
                .allSatisfy(e -> assertThat(AuditKind.of(e.action())).contains(AuditKind.REGISTER));
        view.kind.clear();

        test(view.person).setValue(stranger);
        assertThat(rows(view)).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(stranger));
        test(view.person).setValue("文峰塔管理员");
        assertThat(rows(view)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(DemoUsers.WENFENG_ADMIN));
        test(view.person).clear();

        LocalDate today = LocalDate.now(clock);
        test(view.to).setValue(today.minusDays(1));
        assertThat(rows(view)).allSatisfy(e -> assertThat(e.occurredAt().toLocalDate()).isBefore(today))
                .noneMatch(e -> stranger.equals(e.actor()));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aRangeThatEndsBeforeItStartsIsRefusedAtTheEndDateAndTheRowsStayAsTheyWere() {
        compound("范围小区" + System.nanoTime() % 100_000);
        AuditLogView view = open();
        List<AuditLogEntry> before = rows(view);
        assertThat(before).isNotEmpty();

        test(view.to).setValue(view.from.getValue().minusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
        assertThat(rows(view)).isEqualTo(before);

        test(view.to).setValue(LocalDate.now(clock));
        assertThat(view.to.isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void theExportHoldsTheFilteredLinesAsSentencesInUtf8WithAByteOrderMarkAndNoOtherCommunity() {
        String name = "导出小区" + System.nanoTime() % 100_000;
        compound(name);
        String elsewhere = "别处小区" + System.nanoTime() % 100_000;
        new RunAs(userDetails).get(DemoUsers.SUBDISTRICT_ADMIN, () -> register.createCompound(
                communityData.community("带谟阁社区"), new CompoundDraft(elsewhere, null, Set.of())));
        String stranger = failedSignIn();
        AuditLogView view = open();
        test(view.kind).selectItem("社区登记");

        byte[] bytes = view.csv();
        assertThat(Arrays.copyOf(bytes, 3)).as("a byte order mark for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("时间,操作人,操作,事件,社区,IP 地址,设备");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},文峰塔管理员 \\(wenfeng_admin\\),新建小区,"
                        + "文峰塔管理员 新建了小区 " + name + "：名称：" + name + ",文峰塔社区,.*"));
        assertThat(csv).doesNotContain(elsewhere, "带谟阁社区", stranger);
        assertThat(view.fileName()).isEqualTo("audit-" + LocalDate.now(clock).minusDays(7) + "-.csv");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void onATabletTheTimeAndTheSentenceStayAndTheRestFoldsIntoTheDetailsOnTap() {
        compound("平板审计小区" + System.nanoTime() % 100_000);
        AuditLogView view = open();

        view.adapt(768);

        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible())).hasSize(2);
        test(view.grid).clickRow(0);
        AuditLogEntry newest = test(view.grid).getRow(0);
        assertThat(view.grid.isDetailsVisible(newest)).isTrue();
        view.adapt(1280);
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible())).hasSize(4);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void findsEventsByTheActionNameAsTheUserReadsIt() {
        String stranger = failedSignIn();

        AuditLogView view = open();
        test(view.filter).setValue("登录失败");
        var grid = test(view.grid);
        AuditLogEntry newest = grid.getRow(0);
        assertThat(newest.action()).isEqualTo("LOGIN_FAILED");
        assertThat(newest.actor()).isEqualTo(stranger);
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
