package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.points.ui.GrantReviewFixtures.VOLUNTEERING;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.points.GrantLine;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.GrantStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class NoticesViewTest extends SpringBrowserlessTest {

    @Autowired
    GrantReviewFixtures fixtures;
    @Autowired
    GrantReviewService review;

    @BeforeEach
    void demoSettings() {
        fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
    }

    private NoticesView open() {
        navigate(NoticesView.class);
        return $(NoticesView.class).single();
    }

    /** Two hours of volunteering (4 points): below the threshold, so on notice for three days at once. */
    private GrantOutcome onNotice(long resident) {
        GrantOutcome outcome = fixtures.grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 2, "社区义诊");
        assertThat(outcome.status()).isEqualTo(GrantStatus.NOTICE);
        return outcome;
    }

    private Button dialogButton(String testId) {
        return $(Button.class).withTestId(testId).single();
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorObjectsInTheirOwnNameWithAReason() {
        long resident = fixtures.newResident();
        GrantOutcome grant = onNotice(resident);
        var view = open();
        NoticesView.Card card = view.card(grant.grantId()).orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("公示中", fixtures.name(resident),
                "志愿服务（志愿服务）", "+4", "2 小时", "公示至");
        assertThat(card.uphold.isVisible()).isFalse();

        test(card.object).click();
        assertThat($(TextField.class).withTestId("notices-object-on-behalf-of").exists())
                .as("a supervisor objects in their own name").isFalse();
        TextArea reason = $(TextArea.class).withTestId("notices-object-reason").single();
        test(dialogButton("notices-object-confirm")).click();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(fixtures.status(grant.grantId())).isEqualTo("NOTICE");

        test(reason).setValue("他那天在外地");
        test(dialogButton("notices-object-confirm")).click();

        assertThat(fixtures.status(grant.grantId())).isEqualTo("OBJECTED");
        NoticesView.Card objected = view.card(grant.grantId()).orElseThrow();
        assertThat(objected.getElement().getTextRecursively())
                .contains("有异议", "他那天在外地", "居民监督员");
        assertThat(objected.object.isVisible()).isFalse();
        assertThat(objected.uphold.isVisible()).as("only an admin decides").isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerObjectsOnlyOnBehalfOfANamedResident() {
        GrantOutcome grant = onNotice(fixtures.newResident());
        var view = open();

        test(view.card(grant.grantId()).orElseThrow().object).click();
        TextField onBehalfOf = $(TextField.class).withTestId("notices-object-on-behalf-of").single();
        assertThat(onBehalfOf.isVisible()).isTrue();
        test($(TextArea.class).withTestId("notices-object-reason").single()).setValue("日期记错了");
        test(dialogButton("notices-object-confirm")).click();
        assertThat(onBehalfOf.getErrorMessage()).isEqualTo("请填写代哪位居民提出异议");
        assertThat(fixtures.status(grant.grantId())).isEqualTo("NOTICE");

        test(onBehalfOf).setValue("邻居王阿姨");
        test(dialogButton("notices-object-confirm")).click();

        assertThat(fixtures.status(grant.grantId())).isEqualTo("OBJECTED");
        assertThat(view.card(grant.grantId()).orElseThrow().getElement().getTextRecursively())
                .contains("日期记错了", "邻居王阿姨", "文峰塔社工");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminUpholdsOrDismissesAnObjectionWithANote() {
        long resident = fixtures.newResident();
        GrantOutcome held = onNotice(resident);
        GrantOutcome cleared = fixtures.grant(DemoUsers.WENFENG_WORKER, resident, GrantReviewFixtures.CLEAN_UP, 1,
                null);
        fixtures.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(held.grantId(), "没有参加义诊", null));
        fixtures.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(cleared.grantId(), "记错了人", null));
        var view = open();

        NoticesView.Card heldCard = view.card(held.grantId()).orElseThrow();
        assertThat(heldCard.objection.getElement().getTextRecursively())
                .contains("没有参加义诊", "居民监督员");
        assertThat(heldCard.uphold.getText()).isEqualTo("异议成立（撤销）");
        test(heldCard.uphold).click();
        test(dialogButton("notices-decide-confirm")).click();
        assertThat($(TextArea.class).withTestId("notices-decide-note").single().getErrorMessage())
                .isEqualTo("请填写原因");
        assertThat(fixtures.status(held.grantId())).isEqualTo("OBJECTED");
        test($(TextArea.class).withTestId("notices-decide-note").single()).setValue("核实属实");
        test(dialogButton("notices-decide-confirm")).click();
        assertThat(fixtures.status(held.grantId())).isEqualTo("CANCELLED");

        NoticesView.Card clearedCard = view.card(cleared.grantId()).orElseThrow();
        assertThat(clearedCard.dismiss.getText()).isEqualTo("异议不成立（入账）");
        test(clearedCard.dismiss).click();
        test($(TextArea.class).withTestId("notices-decide-note").single()).setValue("签到表为证");
        test(dialogButton("notices-decide-confirm")).click();
        assertThat(fixtures.status(cleared.grantId())).isEqualTo("POSTED");

        assertThat(view.card(held.grantId())).isEmpty();
        assertThat(view.card(cleared.grantId())).isEmpty();
        var decided = view.decided.getListDataView().getItems().toList();
        assertThat(decided).filteredOn(l -> l.grantId() == held.grantId()).singleElement()
                .extracting(GrantLine::status, GrantLine::decisionNote)
                .containsExactly(GrantStatus.CANCELLED, "核实属实");
        assertThat(decided).filteredOn(l -> l.grantId() == cleared.grantId()).singleElement()
                .extracting(GrantLine::status).isEqualTo(GrantStatus.POSTED);
        assertThat(view.publicPage.getHref()).isEqualTo("public/points");
    }
}
