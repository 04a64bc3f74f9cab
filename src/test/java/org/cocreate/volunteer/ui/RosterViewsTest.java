package org.cocreate.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.ui.EnterKeys;
import org.cocreate.community.CommunityTestData;
import org.cocreate.volunteer.ActivityDraft;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.ActivityType;
import org.cocreate.volunteer.RosterLine;
import org.cocreate.volunteer.ShiftDraft;
import org.cocreate.volunteer.VolunteerTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class RosterViewsTest extends SpringBrowserlessTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;

    /** A community's residents from the offset on (the demo signs up 文峰塔's last ten; meetings use 10 to 50). */
    private List<Long> residents(long community, int offset, int count) {
        return jdbc.sql("select id from resident where community_id = ? order by id limit ? offset ?")
                .params(community, count, offset).query(Long.class).list();
    }

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    /** A clean-up starting in two minutes, called by the worker, with these residents signed up for its shift. */
    private ActivityEntry cleanUpWith(String worker, long community, List<Long> signedUp, String title) {
        return data.runAs.get(worker, () -> {
            LocalDateTime start = data.now().plusMinutes(2);
            ActivityEntry activity = data.rosters.createActivity(community, new ActivityDraft(title,
                    ActivityType.CLEAN_UP, "文峰塔广场", null, null, null, start, start.plusHours(2)),
                    List.of(new ShiftDraft("清扫", null, null, 10)));
            signedUp.forEach(r -> data.rosters.signUp(activity.shifts().getFirst().id(), r, false));
            return activity;
        });
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void todayOpensTheRosterWhereTapsAndACardScanCheckPeopleInAndOutWithAnUndo() {
        List<Long> r = residents(communities.wenfeng(), 2, 3);
        ActivityEntry activity = cleanUpWith(DemoUsers.WENFENG_WORKER, communities.wenfeng(), r.subList(0, 2),
                "楼道清扫 " + System.nanoTime() % 10_000);
        long shift = activity.shifts().getFirst().id();

        navigate(TodayView.class);
        var tile = $(RouterLink.class).all().stream()
                .filter(link -> ("volunteer-activity-" + activity.id()).equals(link.getTestId())).findFirst()
                .orElseThrow();
        assertThat(tile.getElement().getTextRecursively()).contains(activity.title(), "已到 0 人 / 应到 2 人");

        navigate(RosterView.class, Map.of(RosterView.PARAMETER, String.valueOf(activity.id())));
        var roster = $(RosterView.class).single();
        assertThat(roster.count.getElement().getTextRecursively()).isEqualTo("已到 0 人 / 应到 2 人");
        assertThat(roster.walkInShift.isVisible()).as("one shift: nothing to choose").isFalse();
        test(button("roster-check-in-" + shift + "-" + r.get(0))).click();
        assertThat(roster.count.getElement().getTextRecursively()).isEqualTo("已到 1 人 / 应到 2 人");

        // A walk-in shows their card: the scanner types the code and Enter.
        String card = jdbc.sql("select card_code from resident where id = ?").param(r.get(2)).query(String.class)
                .single();
        roster.picker.field().setValue(card);
        EnterKeys.press(roster.picker.field());
        assertThat(roster.count.getElement().getTextRecursively()).isEqualTo("已到 2 人 / 应到 3 人");
        assertThat(roster.shownLines()).filteredOn(line -> line.residentId() == r.get(2)).singleElement()
                .satisfies(line -> assertThat(line.walkIn()).isTrue());

        test(button("roster-check-out-" + shift + "-" + r.get(0))).click();
        assertThat(roster.shownLines()).filteredOn(line -> line.residentId() == r.get(0)).singleElement()
                .extracting(RosterLine::checkedOutAt).isNotNull();
        assertThat(roster.lines.getElement().getTextRecursively()).contains("已签退 · 0 小时");

        // A mistaken tap on the walk-in: undone, they go off the roster.
        test(button("roster-undo-" + shift + "-" + r.get(2))).click();
        assertThat(roster.count.getElement().getTextRecursively()).isEqualTo("已到 1 人 / 应到 2 人");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theWorkerClosesTheActivityAndCorrectsHoursWithAReasonRefusedAtItsFieldWithout() {
        List<Long> r = residents(communities.wenfeng(), 7, 2);
        ActivityEntry activity = cleanUpWith(DemoUsers.WENFENG_WORKER, communities.wenfeng(), r,
                "河道清洁 " + System.nanoTime() % 10_000);
        long shift = activity.shifts().getFirst().id();
        navigate(RosterView.class, Map.of(RosterView.PARAMETER, String.valueOf(activity.id())));
        RosterView roster = $(RosterView.class).single();
        test(button("roster-check-in-" + shift + "-" + r.get(0))).click();

        test(roster.close).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(roster.close.isVisible()).isFalse();
        assertThat(roster.count.getElement().getTextRecursively()).contains("活动已结束");
        assertThat(roster.lines.getElement().getTextRecursively()).contains("缺席", "已签退");
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null
                && b.getTestId().startsWith("roster-check-in-"));

        test(button("roster-correct-" + shift + "-" + r.get(0))).click();
        var minutes = $(com.vaadin.flow.component.textfield.IntegerField.class).withTestId("roster-correct-minutes")
                .single();
        var reason = $(com.vaadin.flow.component.textfield.TextField.class).withTestId("roster-correct-reason")
                .single();
        test(minutes).setValue(120);
        test(button("roster-correct-save")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请写明更正的原因（最多 200 个字）");
        assertThat(roster.shownLines()).filteredOn(line -> line.residentId() == r.get(0)).singleElement()
                .extracting(RosterLine::minutesServed).isNotEqualTo(120);
        test(reason).setValue("忘记签退，服务到活动结束");
        test(button("roster-correct-save")).click();
        assertThat(roster.lines.getElement().getTextRecursively()).contains("已签退 · 2 小时");

        // The volunteer's record and certificate, from their name.
        navigate(ServiceRecordView.class, Map.of(ServiceRecordView.PARAMETER, String.valueOf(r.get(0))));
        var record = $(ServiceRecordView.class).single();
        assertThat(record.body.getElement().getTextRecursively()).contains("志愿服务证明", "参加本社区志愿服务 1 次",
                "累计服务 2 小时", activity.title(), "文峰塔社区（盖章）");
        navigate(RosterView.class, Map.of(RosterView.PARAMETER, String.valueOf(activity.id())));
        roster = $(RosterView.class).single();

        // 文峰塔's standard rewards taking part: the worker reviews the points, unticks nobody, sends them.
        assertThat(roster.grant.isVisible()).isTrue();
        assertThat(roster.grant.getText()).isEqualTo("为 1 位志愿者发放积分（参加卫生大扫除）");
        test(roster.grant).click();
        var dialog = $(AttendanceGrantDialog.class).single();
        assertThat(dialog.ticks).containsOnlyKeys(r.get(0));
        assertThat(dialog.total.getText()).startsWith("将为 1 人发放");
        test(dialog.ticks.get(r.get(0))).click();
        assertThat(dialog.total.getText()).isEqualTo("将为 0 人发放，共 0 分");
        test(button("roster-grant-submit")).click();
        assertThat(dialog.isOpened()).as("nobody ticked: refused, nothing sent").isTrue();
        String sent = "select count(*) from volunteer_grant where activity_id = ?";
        assertThat(jdbc.sql(sent).param(activity.id()).query(Long.class).single()).isZero();
        test(dialog.ticks.get(r.get(0))).click();
        test(button("roster-grant-submit")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql(sent).param(activity.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(roster.grant.getText()).isEqualTo("积分已发放（参加卫生大扫除）");
        test(roster.grant).click();
        assertThat($(AttendanceGrantDialog.class).single().total.getText()).isEqualTo("本次活动的积分都已发放");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerCreatesAnActivityWithShiftsRefusedAtTheirFieldsThenSignsUpAndOffersTheWaitingList() {
        List<Long> people = residents(communities.community(CommunityTestData.DAIMOGE), 20, 2);
        navigate(ActivitiesView.class);
        var list = $(ActivitiesView.class).single();
        test(list.create).click();
        var title = $(com.vaadin.flow.component.textfield.TextField.class).withTestId("activity-title").single();
        var place = $(com.vaadin.flow.component.textfield.TextField.class).withTestId("activity-place").single();
        var to = $(com.vaadin.flow.component.timepicker.TimePicker.class).withTestId("activity-to").single();
        var role = $(com.vaadin.flow.component.textfield.TextField.class).withTestId("activity-role-1").single();
        var capacity = $(com.vaadin.flow.component.textfield.IntegerField.class).withTestId("activity-capacity-0")
                .single();
        long before = jdbc.sql("select count(*) from volunteer_activity").query(Long.class).single();
        test(title).setValue("红色周五：楼道小广告清理");
        test(place).setValue("各楼栋");
        test(to).setValue(java.time.LocalTime.of(7, 0));
        test(button("activity-save")).click();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束时间须晚于开始时间");
        test(to).setValue(java.time.LocalTime.of(11, 0));
        capacity.setValue(0);
        test(button("activity-save")).click();
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("人数须在 1 到 500 之间");
        capacity.setValue(1);
        test(role).setValue("登记");
        var secondCapacity = $(com.vaadin.flow.component.textfield.IntegerField.class)
                .withTestId("activity-capacity-1").single();
        test(button("activity-save")).click();
        assertThat(secondCapacity.isInvalid()).as("the second shift's own field").isTrue();
        assertThat(jdbc.sql("select count(*) from volunteer_activity").query(Long.class).single()).isEqualTo(before);
        secondCapacity.setValue(2);
        test(button("activity-save")).click();

        var roster = $(RosterView.class).single();
        assertThat(roster.shownLines()).isEmpty();
        assertThat(roster.facts.getText()).contains("08:00–11:00");
        test(roster.signUp).click();
        String first = jdbc.sql("select card_code from resident where id = ?").param(people.get(0))
                .query(String.class).single();
        String second = jdbc.sql("select card_code from resident where id = ?").param(people.get(1))
                .query(String.class).single();
        var search = $(com.vaadin.flow.component.textfield.TextField.class).all().stream()
                .filter(f -> "resident-search".equals(f.getTestId()) && f.isVisible()).toList().getLast();
        search.setValue(first);
        EnterKeys.press(search);
        search.setValue(second);
        EnterKeys.press(search);
        // The first role takes one: the second resident is offered the waiting list.
        var offer = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(offer).confirm();
        assertThat(roster.shownLines()).extracting(RosterLine::status).containsExactlyInAnyOrder(
                org.cocreate.volunteer.SignUpStatus.SIGNED_UP, org.cocreate.volunteer.SignUpStatus.WAITING);
        assertThat(roster.lines.getElement().getTextRecursively()).contains("候补");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aRecurringActivityNeedsAWeekdayAndThenFillsTheComingWeeks() {
        navigate(ActivitiesView.class);
        var list = $(ActivitiesView.class).single();
        test(list.recurring).click();
        String title = "红色周五 " + System.nanoTime() % 10_000;
        test($(com.vaadin.flow.component.textfield.TextField.class).withTestId("series-title").single()).setValue(title);
        test($(com.vaadin.flow.component.textfield.TextField.class).withTestId("series-place").single()).setValue("社区");
        @SuppressWarnings("unchecked")
        var weekdays = (com.vaadin.flow.component.checkbox.CheckboxGroup<java.time.DayOfWeek>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).withTestId("series-weekdays").single();
        long before = jdbc.sql("select count(*) from volunteer_series").query(Long.class).single();
        test(button("series-save")).click();
        assertThat(weekdays.isInvalid()).isTrue();
        assertThat(weekdays.getErrorMessage()).isEqualTo("请至少选择一个星期几");
        assertThat(jdbc.sql("select count(*) from volunteer_series").query(Long.class).single()).isEqualTo(before);

        weekdays.setValue(java.util.Set.of(java.time.DayOfWeek.FRIDAY));
        test(button("series-save")).click();
        long made = jdbc.sql("select count(*) from volunteer_activity a join volunteer_series s on s.id = a.series_id"
                + " where s.title = ?").param(title).query(Long.class).single();
        assertThat(made).isBetween(8L, 9L);
        assertThat(list.grid.getGenericDataView().getItems().filter(a -> a.title().equals(title)).count())
                .isEqualTo(made);

        // 修改规则: Saturdays instead; an end before the start is refused at its field and changes nothing.
        long seriesId = jdbc.sql("select id from volunteer_series where title = ?").param(title).query(Long.class)
                .single();
        assertThat(list.seriesList.getElement().getTextRecursively()).contains(title);
        test(button("series-change-" + seriesId)).click();
        var to = $(com.vaadin.flow.component.timepicker.TimePicker.class).withTestId("series-to").single();
        @SuppressWarnings("unchecked")
        var days = (com.vaadin.flow.component.checkbox.CheckboxGroup<java.time.DayOfWeek>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).withTestId("series-weekdays").single();
        assertThat(days.getValue()).containsExactly(java.time.DayOfWeek.FRIDAY);
        days.setValue(java.util.Set.of(java.time.DayOfWeek.SATURDAY));
        test(to).setValue(java.time.LocalTime.of(7, 0));
        test(button("series-change-save")).click();
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束时间须晚于开始时间");
        String weekdaysOfRule = "select weekdays from volunteer_series where id = ?";
        assertThat(jdbc.sql(weekdaysOfRule).param(seriesId).query(String.class).single()).isEqualTo("FRIDAY");
        test(to).setValue(java.time.LocalTime.of(10, 0));
        test(button("series-change-save")).click();
        assertThat(jdbc.sql(weekdaysOfRule).param(seriesId).query(String.class).single()).isEqualTo("SATURDAY");
        assertThat(list.grid.getGenericDataView().getItems().filter(a -> a.title().equals(title))
                .map(a -> a.startsAt().getDayOfWeek()).distinct().toList())
                .as("the occurrences to come follow the rule").containsOnly(java.time.DayOfWeek.SATURDAY);
    }

    @Autowired
    org.cocreate.community.FreshCommunities freshCommunities;

    /**
     * A roster of 200 at the event, every row with its check-in button: a budget of state nodes (the server's
     * memory for an open tablet, about a kilobyte each): 2,552 when this was written, about 12 a
     * person (a lazy grid would keep only the rows in view: a next step if tablets at large events need it).
     */
    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void aRosterOfTwoHundredStaysWithinItsBudgetOfStateNodes() {
        var community = freshCommunities.create("志愿节点社区", "志愿者", 200);
        ActivityEntry activity = data.asAdmin(() -> {
            LocalDateTime start = data.now().plusDays(1);
            ActivityEntry created = data.rosters.createActivity(community.communityId(), new ActivityDraft("全社区大扫除",
                    ActivityType.CLEAN_UP, "各小区", null, null, null, start, start.plusHours(3)),
                    List.of(new ShiftDraft("清扫", null, null, 200)));
            community.residentIds().forEach(r -> data.rosters.signUp(created.shifts().getFirst().id(), r, false));
            return created;
        });
        navigate(RosterView.class, Map.of(RosterView.PARAMETER, String.valueOf(activity.id())));
        assertThat($(RosterView.class).single().shownLines()).hasSize(200);
        int nodes = org.cocreate.StateNodes.count(com.vaadin.flow.component.UI.getCurrent().getElement());
        assertThat(nodes).isBetween(2_000, 2_700);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberReadsTheRosterButChecksNobodyIn() {
        long daimoge = communities.community(CommunityTestData.DAIMOGE);
        List<Long> r = residents(daimoge, 2, 1);
        ActivityEntry activity = cleanUpWith(DemoUsers.DAIMO_WORKER, daimoge, r, "绿化带捡拾垃圾 " + System.nanoTime() % 10_000);
        navigate(RosterView.class, Map.of(RosterView.PARAMETER, String.valueOf(activity.id())));
        var roster = $(RosterView.class).single();
        assertThat(roster.count.getElement().getTextRecursively()).isEqualTo("已到 0 人 / 应到 1 人");
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null
                && b.getTestId().startsWith("roster-check-in-"));
        assertThat(roster.picker.isVisible() && roster.picker.getParent().orElseThrow().isVisible()).isFalse();
    }
}
