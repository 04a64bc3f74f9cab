package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    /** Users whose password an admin has set: they must choose their own before anything else. */
    static final String FORCED = "pwview_forced";
    static final String CHANGER = "pwview_changer";
    static final String TEMPORARY = "Start2026go";

    @Autowired
    UserService users;

    @BeforeAll
    static void createUsersWithATemporaryPassword(@Autowired UserService users, @Autowired JdbcClient jdbc) {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        for (String username : new String[] {FORCED, CHANGER}) {
            boolean exists = jdbc.sql("select count(*) from app_user where username = ?").param(username)
                    .query(Long.class).single() > 0;
            if (!exists) {
                RunAs.nobody(() -> users.createInitialUser(username, "临时密码用户", TEMPORARY, Set.of(Role.WORKER),
                        Set.of(wenfeng), null, true));
            }
        }
    }

    private ChangePasswordView open() {
        navigate(ChangePasswordView.class);
        return $(ChangePasswordView.class).single();
    }

    @Test
    @WithUserDetails(FORCED)
    void aUserWithATemporaryPasswordIsSentToChangeItFromTheHomeScreen() {
        navigate("", ChangePasswordView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(Paragraph.class).withText("您的密码由管理员设置，请先设置您自己的密码。").exists()).isTrue();
    }

    @Test
    @WithUserDetails(CHANGER)
    void choosingAGoodNewPasswordEndsTheDetourAndMistakesShowAtTheirField() {
        ChangePasswordView view = open();

        test(view.currentPassword).setValue(TEMPORARY);
        test(view.newPassword).setValue("Mine2026own");
        test(view.repeatPassword).setValue("Mine2026owm");
        test(view.save).click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("两次输入的密码不一致");

        test(view.currentPassword).setValue("Wrong2026pw");
        test(view.repeatPassword).setValue("Mine2026own");
        test(view.save).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("当前密码不正确");
        assertThat(users.mustChangePassword()).isTrue();

        test(view.currentPassword).setValue(TEMPORARY);
        test(view.save).click();
        assertThat(users.mustChangePassword()).isFalse();
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aUserWithTheirOwnPasswordIsNotAskedToChangeIt() {
        ChangePasswordView view = open();
        assertThat($(Paragraph.class).withText("您的密码由管理员设置，请先设置您自己的密码。").exists()).isFalse();
        assertThat(view.currentPassword.getLabel()).isEqualTo("当前密码");
    }
}
