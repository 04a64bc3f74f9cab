package org.cocreate.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.ui.EnterKeys;
import org.cocreate.community.CommunityTestData;
import org.cocreate.volunteer.VisitCheck;
import org.cocreate.volunteer.VisitDraft;
import org.cocreate.volunteer.VisitEntry;
import org.cocreate.volunteer.VolunteerTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class VisitsViewTest extends SpringBrowserlessTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    private boolean shown(String testId) {
        return $(com.vaadin.flow.component.Component.class).all().stream()
                .anyMatch(c -> testId.equals(c.getElement().getAttribute("data-testid")));
    }

    private long visits() {
        return jdbc.sql("select count(*) from volunteer_visit").query(Long.class).single();
    }

    /** Residents of 文峰塔 who are not elderly, from an offset on (the tests of rosters use the first ones). */
    private List<Long> notElderly(int offset, int count) {
        return jdbc.sql("""
                select r.id from resident r join community c on c.id = r.community_id where c.name = '文峰塔社区'
                and not exists (select 1 from resident_tag t where t.resident_id = r.id and t.tag = 'ELDERLY')
                order by r.id limit ? offset ?""").params(count, offset).query(Long.class).list();
    }

    private String card(long residentId) {
        return jdbc.sql("select card_code from resident where id = ?").param(residentId).query(String.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aTapOnAResidentDueRecordsTheVisitRefusedAtItsFieldUntilRightAndTheyLeaveTheList() {
        navigate(VisitsView.class);
        VisitsView view = $(VisitsView.class).single();
        assertThat(view.overdueTitle.getText()).startsWith("待走访的老人");
        assertThat(view.overdue.getElement().getTextRecursively()).as("the demo's elderly never visited")
                .contains("从未走访");
        Button due = (Button) view.overdue.getChildren().findFirst().orElseThrow();
        long visited = Long.parseLong(due.getTestId().substring("visit-overdue-".length()));
        test(due).click();

        // The resident tapped is chosen; a volunteer shows their card.
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).single().getHeaderTitle()).isEqualTo("记录走访");
        long volunteer = notElderly(20, 1).getFirst();
        TextField volunteers = $(TextField.class).withTestId("visit-volunteers").single();
        volunteers.setValue(card(volunteer));
        EnterKeys.press(volunteers);
        assertThat(shown("visit-volunteers-chip-" + volunteer)).isTrue();
        assertThat(shown("visit-visited-chip-" + visited)).isTrue();

        IntegerField minutes = $(IntegerField.class).withTestId("visit-minutes").single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<VisitCheck> checks = $(CheckboxGroup.class).withTestId("visit-checks").single();
        long before = visits();
        minutes.setValue(0);
        test(button("visit-save")).click();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("走访时长须在 5 到 480 分钟之间");
        minutes.setValue(45);
        test(button("visit-save")).click();
        assertThat(checks.isInvalid()).as("neither a check nor notes").isTrue();
        assertThat(checks.getErrorMessage()).isEqualTo("请至少勾选一项检查，或写下情况记录");
        assertThat(visits()).as("nothing saved").isEqualTo(before);

        checks.setValue(Set.of(VisitCheck.GAS, VisitCheck.MOOD));
        test(button("visit-save")).click();
        assertThat(visits()).isEqualTo(before + 1);
        assertThat(shown("visit-overdue-" + visited)).as("visited today: no longer due").isFalse();
        assertThat(view.recent.getElement().getTextRecursively()).contains("燃气安全", "精神状态", "45 分钟");
        // 文峰塔's standard rewards a visit: its volunteers are offered the points.
        long id = jdbc.sql("select max(id) from volunteer_visit").query(Long.class).single();
        test(button("visit-grant-" + id)).click();
        var location = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("points/grant");
        assertThat(location.getQueryParameters().getSingleParameter("resident")).contains(String.valueOf(volunteer));

        // The visit counts on the volunteer's certificate, the resident visited by a masked name.
        navigate(ServiceRecordView.class, java.util.Map.of(ServiceRecordView.PARAMETER, String.valueOf(volunteer)));
        String certificate = $(ServiceRecordView.class).single().body.getElement().getTextRecursively();
        assertThat(certificate).contains("上门走访：" + org.cocreate.base.Names.masked(name(visited)), "走访志愿者", "0.75");
    }

    private String name(long residentId) {
        return jdbc.sql("select name from resident where id = ?").param(residentId).query(String.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void inEnglishTheScreenIsEnglish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(VisitsView.class);
        VisitsView view = $(VisitsView.class).single();
        assertThat(view.getPageTitle()).isEqualTo("Home visits");
        assertThat(view.overdueTitle.getText()).startsWith("Elderly due for a visit");
        assertThat(view.overdue.getElement().getTextRecursively()).contains("Never visited");
        assertThat(view.record.getText()).isEqualTo("Record a visit");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aFollowUpIsClosedWithWhatWasDoneRequired() {
        List<Long> people = notElderly(24, 2);
        VisitEntry visit = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> data.visits.record(communities.wenfeng(),
                new VisitDraft(people.get(0), List.of(people.get(1)), data.now().minusHours(3), 30,
                        Set.of(VisitCheck.ELECTRICITY), "插线板过热", true)));
        navigate(VisitsView.class);
        VisitsView view = $(VisitsView.class).single();
        assertThat(shown("visit-follow-up-" + visit.id())).isTrue();

        test(button("visit-follow-up-close-" + visit.id())).click();
        TextArea note = $(TextArea.class).withTestId("visit-follow-up-note").single();
        test(button("visit-follow-up-save")).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("请写明跟进情况（最多 500 个字）");
        assertThat(shown("visit-follow-up-" + visit.id())).isTrue();

        test(note).setValue("已更换插线板");
        test(button("visit-follow-up-save")).click();
        assertThat(shown("visit-follow-up-" + visit.id())).isFalse();
        assertThat(view.recent.getElement().getTextRecursively()).contains("已更换插线板", "已跟进");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void theCommitteeSeesTheVisitsButRecordsNothing() {
        navigate(VisitsView.class);
        VisitsView view = $(VisitsView.class).single();
        assertThat(view.record.isVisible()).isFalse();
        assertThat(view.interval.isVisible()).isFalse();
        assertThat(view.overdue.getChildren()).noneMatch(Button.class::isInstance);
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null
                && (b.getTestId().startsWith("visit-follow-up-close-") || b.getTestId().startsWith("visit-grant-")));
        long daimo = communities.community(CommunityTestData.DAIMOGE);
        assertThatThrownBy(() -> data.visits.record(daimo, new VisitDraft(null, List.of(), null, null, Set.of(), null,
                false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void theAdminSetsTheIntervalRefusedOutsideItsRange() {
        navigate(VisitsView.class);
        VisitsView view = $(VisitsView.class).single();
        assertThat(view.interval.getText()).isEqualTo("走访间隔 30 天");
        test(view.interval).click();
        IntegerField days = $(IntegerField.class).withTestId("visits-interval-days").single();
        days.setValue(400);
        test(button("visits-interval-save")).click();
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("走访间隔须在 1 到 365 天之间");
        days.setValue(20);
        test(button("visits-interval-save")).click();
        assertThat(view.interval.getText()).isEqualTo("走访间隔 20 天");
        // Back to the default, for the other tests on 文峰塔.
        data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.visits.setIntervalDays(communities.wenfeng(), 30));
    }
}
