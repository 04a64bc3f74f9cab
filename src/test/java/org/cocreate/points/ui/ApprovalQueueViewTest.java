package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.points.ui.GrantReviewFixtures.VOLUNTEERING;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.Photo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ApprovalQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    GrantReviewFixtures fixtures;

    /** A threshold of 10 points: six hours of volunteering (12 points) wait for an admin. */
    @BeforeEach
    void lowThreshold() {
        fixtures.settings(new CommunityPointsSettings(10, 3, null));
    }

    @AfterEach
    void demoSettings() {
        fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
    }

    private ApprovalQueueView open() {
        navigate(ApprovalQueueView.class);
        return $(ApprovalQueueView.class).single();
    }

    private GrantOutcome waiting(String by, long resident) {
        GrantOutcome outcome = fixtures.grant(by, resident, VOLUNTEERING, 6, "社区敬老院帮厨");
        assertThat(outcome.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        return outcome;
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminSeesTheWaitingGrantWithItsAmountAndApprovesItWithOneTap() {
        long resident = fixtures.newResident();
        GrantOutcome waiting = waiting(DemoUsers.WENFENG_WORKER, resident);

        var view = open();

        ApprovalQueueView.Card card = view.card(waiting.grantId()).orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains(fixtures.name(resident), "志愿服务（志愿服务）", "+12", "6 小时",
                "社区敬老院帮厨", "文峰塔社工");
        assertThat(card.getElement().getTextRecursively()).as("two residents of one name are told apart")
                .contains(fixtures.address(resident));
        assertThat(view.count.getText()).startsWith("待审批 ").endsWith(" 笔");
        long before = Long.parseLong(view.count.getText().replaceAll("\\D", ""));
        assertThat(card.approve.isVisible()).isTrue();
        assertThat(card.ownGrant.isVisible()).isFalse();

        test(card.approve).click();

        assertThat(fixtures.status(waiting.grantId())).isEqualTo("NOTICE");
        assertThat(view.card(waiting.grantId())).isEmpty();
        assertThat(view.count.getText()).isEqualTo("待审批 " + (before - 1) + " 笔");
        assertThat(test($(Notification.class).last()).getText())
                .startsWith("已批准 " + fixtures.name(resident) + " 的积分，进入公示至 ");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aRejectionNeedsAReasonAndThenTheGrantLeavesTheQueue() {
        GrantOutcome waiting = waiting(DemoUsers.WENFENG_WORKER, fixtures.newResident());
        var view = open();

        test(view.card(waiting.grantId()).orElseThrow().reject).click();
        TextArea reason = $(TextArea.class).withTestId("approvals-reject-reason").single();
        test($(Button.class).withTestId("approvals-reject-confirm").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(fixtures.status(waiting.grantId())).isEqualTo("PENDING_APPROVAL");
        assertThat(view.card(waiting.grantId())).isPresent();

        test(reason).setValue("现场核实没有杂物");
        test($(Button.class).withTestId("approvals-reject-confirm").single()).click();

        assertThat(fixtures.status(waiting.grantId())).isEqualTo("REJECTED");
        assertThat(view.card(waiting.grantId())).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminCannotApproveTheirOwnGrantAndIsToldWhy() {
        GrantOutcome own = waiting(DemoUsers.WENFENG_ADMIN, fixtures.newResident());

        ApprovalQueueView.Card card = open().card(own.grantId()).orElseThrow();

        assertThat(card.approve.isVisible()).isFalse();
        assertThat(card.reject.isVisible()).isFalse();
        assertThat(card.ownGrant.isVisible()).isTrue();
        assertThat(card.ownGrant.getText()).isEqualTo("需另一位管理员审批");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void thePhotoOfAGrantShowsAsAThumbnailAndLargerInADialog() {
        byte[] png = org.cocreate.base.TestPictures.png(40, 30);
        long resident = fixtures.newResident();
        GrantOutcome withPhoto = fixtures.grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 6, null,
                new Photo("image/png", png));
        GrantOutcome without = waiting(DemoUsers.WENFENG_WORKER, fixtures.newResident());
        var view = open();

        assertThat(view.card(without.grantId()).orElseThrow().photo.isVisible()).isFalse();
        ApprovalQueueView.Card card = view.card(withPhoto.grantId()).orElseThrow();
        assertThat(card.photo.getParent()).contains(card);
        test(card.photo).click();

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(fixtures.name(resident) + " · 志愿服务");
        assertThat($(Image.class).withClassName("review-photo-large").single().getSrc()).isNotBlank();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerSeesTheQueueButNoButtonsToDecide() {
        long resident = fixtures.newResident();
        GrantOutcome waiting = waiting(DemoUsers.WENFENG_WORKER, resident);

        ApprovalQueueView.Card card = open().card(waiting.grantId()).orElseThrow();

        assertThat(card.approve.isVisible()).isFalse();
        assertThat(card.reject.isVisible()).isFalse();
        assertThat(card.ownGrant.isVisible()).isFalse();
        assertThat(card.getElement().getTextRecursively()).contains(fixtures.name(resident));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void inEnglishTheQueueSpeaksEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        GrantOutcome waiting = waiting(DemoUsers.WENFENG_WORKER, fixtures.newResident());

        var view = open();

        assertThat(view.count.getText()).endsWith(" waiting");
        ApprovalQueueView.Card card = view.card(waiting.grantId()).orElseThrow();
        assertThat(card.approve.getText()).isEqualTo("Approve");
        assertThat(card.reject.getText()).isEqualTo("Reject");
        assertThat(card.getElement().getTextRecursively()).contains("6 h", "Granted by", "+12");
    }
}
