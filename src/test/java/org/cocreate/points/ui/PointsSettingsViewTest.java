package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.PointsSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class PointsSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    GrantReviewFixtures fixtures;
    @Autowired
    PointsSettingsService settings;

    @BeforeEach
    void demoSettings() {
        fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
    }

    /** The tests share the demo database: whatever a test saved, the demo's settings come back. */
    @AfterEach
    void restoreDemoSettings() {
        fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
    }

    private PointsSettingsView open() {
        navigate(PointsSettingsView.class);
        return $(PointsSettingsView.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void showsTheSettingsAndRefusesNoticeDaysOutOfRangeNextToTheField() {
        var view = open();
        var form = view.form;
        assertThat(form.approvalThreshold.getValue()).isEqualTo(20);
        assertThat(form.noticeDays.getValue()).isEqualTo(3);
        assertThat(form.expires.getValue()).isFalse();
        assertThat(form.expiryMonths.isEnabled()).isFalse();
        assertThat(form.expiryMonths.getHelperText()).isEqualTo("积分不过期");

        test(form.noticeDays).setValue(31);
        test(view.save).click();

        assertThat(form.noticeDays.isInvalid()).isTrue();
        assertThat(form.noticeDays.getErrorMessage())
                .isEqualTo("公示天数必须在 0 到 30 之间（0 表示不公示）");
        assertThat(settings.settings(fixtures.wenfeng())).isEqualTo(GrantReviewFixtures.DEMO_SETTINGS);

        test(form.noticeDays).setValue(3);
        test(form.expires).click();
        test(form.expiryMonths).setValue(121);
        test(view.save).click();
        assertThat(form.noticeDays.isInvalid()).isFalse();
        assertThat(form.expiryMonths.getErrorMessage())
                .isEqualTo("有效期必须在 1 到 120 个月之间，或者不填（不过期）");
        assertThat(settings.settings(fixtures.wenfeng())).isEqualTo(GrantReviewFixtures.DEMO_SETTINGS);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aValidSaveIsKept() {
        var view = open();
        var form = view.form;

        test(form.approvalThreshold).setValue(30);
        test(form.noticeDays).setValue(0);
        test(form.expires).click();
        test(form.expiryMonths).setValue(24);
        assertThat(form.expiryMonths.getHelperText()).isEqualTo("积分在获得 24 个月后按先进先出过期");
        test(view.save).click();

        assertThat(settings.settings(fixtures.wenfeng())).isEqualTo(new CommunityPointsSettings(30, 0, 24));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("积分设置已保存");

        test(form.expires).click();
        test(view.save).click();
        assertThat(settings.settings(fixtures.wenfeng())).isEqualTo(new CommunityPointsSettings(30, 0, null));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerMayNotOpenTheSettings() {
        assertThatThrownBy(() -> navigate("points/settings", PointsSettingsView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat($(PointsSettingsView.class).exists()).isFalse();
    }
}
