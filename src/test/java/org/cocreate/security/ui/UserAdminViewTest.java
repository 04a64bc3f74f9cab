package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.Role;
import org.cocreate.security.UserDraft;
import org.cocreate.security.UserListEntry;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class UserAdminViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserService users;

    private static String unique(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A WORKER of the signed-in admin's first community, created through the service. */
    private String existingWorker(String displayName) {
        String username = unique("vw");
        users.create(new UserDraft(username, displayName, Set.of(Role.WORKER),
                Set.of(users.assignableCommunities().getFirst().id()), false, true, "Start2026go"));
        return username;
    }

    private UserAdminView open() {
        navigate(UserAdminView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(UserAdminView.class).single();
    }

    /** A button of a user's row: the grid renders them on demand, outside the component tree. */
    private Button rowButton(UserAdminView view, int row, String testId) {
        var actions = test(view.grid).getCellComponent(row, "actions");
        return actions.getChildren().map(Button.class::cast)
                .filter(b -> testId.equals(b.getTestId())).findFirst().orElseThrow();
    }

    private UserAdminView showOnly(String username) {
        UserAdminView view = open();
        test(view.filter).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        return view;
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void listsTheUsersOfTheAdminsCommunityWithTranslatedRolesAndNoOneFromElsewhere() {
        UserAdminView view = showOnly(DemoUsers.WENFENG_WORKER);
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, 0)).isEqualTo(DemoUsers.WENFENG_WORKER);
        assertThat(grid.getCellText(0, 1)).isEqualTo("文峰塔社工");
        assertThat(grid.getCellText(0, 2)).isEqualTo("社区工作者");
        assertThat(grid.getCellText(0, 3)).isEqualTo("文峰塔社区");
        assertThat(grid.getCellText(0, 4)).isEqualTo("是");
        assertThat(grid.getCellText(0, 5)).isEqualTo("否");

        test(view.filter).setValue(DemoUsers.GRID_WORKER);
        assertThat(grid.size()).isZero();
        test(view.filter).setValue(DemoUsers.LONGMEN_WORKER);
        assertThat(grid.size()).isZero();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void createsAUserWhoMustChangeTheTemporaryPassword() {
        UserAdminView view = open();
        test(view.create).click();
        roundTrip();
        UserForm form = view.form;
        assertThat(form).isNotNull();
        assertThat(form.subdistrictAdmin.isVisible()).as("only a sub-district admin makes sub-district admins")
                .isFalse();
        assertThat(form.communities.getValue()).extracting(CommunityRef::name).containsExactly("文峰塔社区");
        String username = unique("new");
        test(form.username).setValue(username);
        test(form.displayName).setValue("新来的社工");
        test(form.roles).selectItem("社区工作者");
        test(form.temporaryPassword).setValue("Start2026go");
        test(view.save).click();

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("用户已创建");
        test(view.filter).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        UserListEntry created = test(view.grid).getRow(0);
        assertThat(created.displayName()).isEqualTo("新来的社工");
        assertThat(created.roles()).containsExactly(Role.WORKER);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("是");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aRefusalShowsTranslatedNextToItsFieldAndCreatesNothing() {
        UserAdminView view = open();
        test(view.create).click();
        roundTrip();
        UserForm form = view.form;
        test(form.username).setValue(DemoUsers.WENFENG_WORKER);
        test(form.displayName).setValue("重名的人");
        test(form.roles).selectItem("社区工作者");
        test(form.temporaryPassword).setValue("Start2026go");
        test(view.save).click();
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("该用户名已被使用");
        assertThat(view.dialog.isOpened()).isTrue();

        String username = unique("weak");
        test(form.username).setValue(username);
        test(form.temporaryPassword).setValue("short1");
        test(view.save).click();
        assertThat(form.username.isInvalid()).isFalse();
        assertThat(form.temporaryPassword.isInvalid()).isTrue();
        assertThat(form.temporaryPassword.getErrorMessage()).isEqualTo("密码长度须为 8 至 64 个字符");

        test(form.roles).deselectAll();
        test(form.temporaryPassword).setValue("Start2026go");
        test(view.save).click();
        assertThat(form.roles.isInvalid()).as("at least one role").isTrue();
        assertThat(form.roles.getErrorMessage()).isEqualTo("请至少选择一个角色");
        assertThat(users.count(username)).isZero();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aBadUserNameOrNoNameIsShownNextToTheFieldAndCreatesNobody() {
        UserAdminView view = open();
        test(view.create).click();
        roundTrip();
        UserForm form = view.form;
        test(form.username).setValue("a b");
        test(form.roles).selectItem("社区工作者");
        test(form.temporaryPassword).setValue("Start2026go");
        test(view.save).click();

        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("用户名为 3 至 50 个字母、数字、点、横线或下划线");
        assertThat(form.displayName.isInvalid()).isTrue();
        assertThat(form.displayName.getErrorMessage()).isEqualTo("请填写姓名（最多 50 个字）");
        assertThat(form.roles.isInvalid()).isFalse();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(users.count("a b")).isZero();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void editsAUserWhoseNameStaysFixedAndShowsWhatWasTypedAsText() {
        String username = existingWorker("王<b>小</b>明");
        UserAdminView view = showOnly(username);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("王<b>小</b>明");

        Button edit = rowButton(view, 0, "user-edit-" + username);
        test(edit).click();
        roundTrip();
        UserForm form = view.form;
        assertThat(form.username.getValue()).isEqualTo(username);
        assertThat(form.username.isReadOnly()).isTrue();
        assertThat(form.temporaryPassword.isVisible()).isFalse();
        test(form.displayName).setValue("王小明");
        test(form.roles).selectItem("兑换点工作人员");
        test(view.save).click();

        assertThat(view.dialog.isOpened()).isFalse();
        UserListEntry edited = test(view.grid).getRow(0);
        assertThat(edited.displayName()).isEqualTo("王小明");
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.WORKER, Role.COUNTER);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void resetsAPasswordThroughTheDialogAndShowsAWeakOneAsRefused() {
        String username = existingWorker("要重置的人");
        UserAdminView view = showOnly(username);
        test(rowButton(view, 0, "user-reset-" + username)).click();
        roundTrip();
        assertThat(view.resetPassword).isNotNull();

        test(view.resetPassword).setValue("abcdefghij");
        test(view.confirmReset).click();
        assertThat(view.resetPassword.isInvalid()).isTrue();
        assertThat(view.resetPassword.getErrorMessage()).isEqualTo("密码须同时包含字母和数字");
        assertThat(view.dialog.isOpened()).isTrue();

        test(view.resetPassword).setValue("Reset2026tmp");
        test(view.confirmReset).click();
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已重置 " + username + " 的密码");
        assertThat(test(view.grid).getRow(0).mustChangePassword()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void onATabletTheListFoldsSoThatEditAndResetStayOnTheScreen() {
        String username = existingWorker("平板测试");
        UserAdminView view = showOnly(username);
        int columns = view.grid.getColumns().stream().filter(Grid.Column::isVisible).toList().size();

        view.adapt(768);

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(columns - 3);
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isTrue();
        assertThat(test(view.grid).getCellText(0, 1)).as("what the folded columns said, beside the name")
                .isEqualTo("平板测试 \u00b7 须改密码");
        view.adapt(1280);
        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(columns);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("平板测试");
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void theSubdistrictAdminSeesEveryCommunityAndTheSubdistrictChoice() {
        UserAdminView view = showOnly(DemoUsers.GRID_WORKER);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("舜井道社区、文峰塔社区");
        test(view.filter).setValue(DemoUsers.SUBDISTRICT_ADMIN);
        assertThat(test(view.grid).getRow(0).subdistrictAdmin()).isTrue();
        test(view.create).click();
        roundTrip();
        assertThat(view.form.subdistrictAdmin.isVisible()).isTrue();
        assertThat(view.form.communities.getListDataView().getItems()).extracting(CommunityRef::name)
                .startsWith("带谟阁社区", "龙门街社区", "舜井道社区", "文峰塔社区");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("用户管理", "操作日志", "社区管理");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void counterStaffCannotOpenTheUsersNorSeeThemInTheMenu() {
        assertThatThrownBy(() -> navigate(UserAdminView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .doesNotContain("用户管理", "操作日志", "社区管理");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void committeeMembersCannotOpenTheUsers() {
        assertThatThrownBy(() -> navigate(UserAdminView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }
}
