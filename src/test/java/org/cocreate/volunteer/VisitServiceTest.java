package org.cocreate.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CommunityTestData;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.cocreate.community.ResidentName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class VisitServiceTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;

    private void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private VisitService visits() {
        return data.visits;
    }

    private VisitDraft draft(long visited, List<Long> volunteers, LocalDateTime at, Integer minutes,
            Set<VisitCheck> checks, String notes) {
        return new VisitDraft(visited, volunteers, at, minutes, checks, notes, false);
    }

    @Test
    void aVisitIsRecordedWithTheNamesAndEachBadValueIsRefusedAtItsFieldChangingNothing() {
        FreshCommunity community = data.community(4);
        long id = community.communityId();
        List<Long> r = community.residentIds();
        long stranger = data.community(1).residentIds().getFirst();
        LocalDateTime at = data.now().minusHours(2);
        Set<VisitCheck> gas = Set.of(VisitCheck.GAS);
        long visitsBefore = rows("volunteer_visit");
        long volunteersBefore = rows("volunteer_visit_volunteer");

        refused(() -> data.asAdmin(() -> visits().record(id, new VisitDraft(null, List.of(r.get(1)), at, 30, gas,
                null, false))), "visitedResidentId", "volunteer.visit.visited.required");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(stranger, List.of(r.get(1)), at, 30, gas, null))),
                "visitedResidentId", "volunteer.visit.visited.invalid");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(), at, 30, gas, null))),
                "volunteerIds", "volunteer.visit.volunteers.count");
        List<Long> eleven = LongStream.rangeClosed(1, 11).boxed().toList();
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), eleven, at, 30, gas, null))),
                "volunteerIds", "volunteer.visit.volunteers.count");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1), stranger), at, 30, gas,
                null))), "volunteerIds", "volunteer.visit.volunteers.invalid");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1), r.get(0)), at, 30, gas,
                null))), "volunteerIds", "volunteer.visit.volunteers.visited");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), null, 30, gas, null))),
                "visitedAt", "volunteer.visit.visitedAt.required");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)),
                data.now().plusMinutes(5), 30, gas, null))), "visitedAt", "volunteer.visit.visitedAt.future");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), at, 4, gas, null))),
                "minutes", "volunteer.visit.minutes.invalid");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), at, 481, gas, null))),
                "minutes", "volunteer.visit.minutes.invalid");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), at, null, gas, null))),
                "minutes", "volunteer.visit.minutes.invalid");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), at, 30, Set.of(),
                "  "))), "checks", "volunteer.visit.checks.required");
        refused(() -> data.asAdmin(() -> visits().record(id, draft(r.get(0), List.of(r.get(1)), at, 30, gas,
                "记".repeat(1001)))), "notes", "volunteer.visit.notes.invalid");
        assertThat(rows("volunteer_visit")).isEqualTo(visitsBefore);
        assertThat(rows("volunteer_visit_volunteer")).isEqualTo(volunteersBefore);

        // Notes alone are enough; the same volunteer twice counts once.
        VisitEntry first = data.asAdmin(() -> visits().record(id, new VisitDraft(r.get(0), List.of(r.get(2), r.get(1),
                r.get(2)), at.minusDays(3), 45, Set.of(), " 独居，精神不错 ", false)));
        VisitEntry second = data.asAdmin(() -> visits().record(id, new VisitDraft(r.get(0), List.of(r.get(3)), at, 60,
                Set.of(VisitCheck.ELECTRICITY, VisitCheck.MEDICINE), null, true)));
        assertThat(first.notes()).isEqualTo("独居，精神不错");
        assertThat(first.volunteers()).extracting(ResidentName::id).containsExactly(r.get(1), r.get(2));
        assertThat(first.volunteers()).extracting(ResidentName::name).allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(second.visitedName()).isNotBlank();
        assertThat(second.checks()).containsExactlyInAnyOrder(VisitCheck.ELECTRICITY, VisitCheck.MEDICINE);
        assertThat(second.followUpOpen()).isTrue();
        assertThat(data.asAdmin(() -> visits().visitsOf(r.get(0)))).extracting(VisitEntry::id)
                .as("newest first").containsExactly(second.id(), first.id());
        assertThat(data.asAdmin(() -> visits().recentVisits(id, 1))).extracting(VisitEntry::id)
                .containsExactly(second.id());
        assertThat(jdbc.sql("select after_state from audit_event where action = 'VOLUNTEER_VISIT_RECORDED'"
                + " and target_id = ?").param(String.valueOf(second.id())).query(String.class).single())
                .contains("resident=" + r.get(0), "minutes=60", "followUp=true");
    }

    @Test
    void theElderlyNotVisitedForTheCommunitysIntervalAreDueTheNeverVisitedFirst() {
        FreshCommunity community = data.community(6);
        long id = community.communityId();
        List<Long> r = community.residentIds();
        List<Long> elderly = r.subList(0, 4);
        elderly.forEach(data::elderly);
        List<Long> volunteers = r.subList(4, 6);
        data.visit(id, elderly.get(0), volunteers, 10);
        data.visit(id, elderly.get(1), volunteers, 60);
        data.visit(id, elderly.get(1), volunteers, 50);
        data.visit(id, elderly.get(2), volunteers, 40);
        // A visit to someone not tagged elderly puts nobody on the list.
        data.visit(id, volunteers.get(0), List.of(volunteers.get(1)), 90);

        assertThat(data.asAdmin(() -> visits().intervalDays(id))).isEqualTo(30);
        List<OverdueVisit> due = data.asAdmin(() -> visits().overdue(id));
        assertThat(due).extracting(OverdueVisit::residentId)
                .containsExactly(elderly.get(3), elderly.get(1), elderly.get(2));
        assertThat(due).extracting(OverdueVisit::daysSince).containsExactly(null, 50, 40);
        assertThat(due.get(1).lastVisited()).isEqualTo(data.now().toLocalDate().minusDays(50));
        assertThat(due.getFirst().address()).contains("测试小区", "1栋");

        refused(() -> data.asAdmin(() -> visits().setIntervalDays(id, 0)), "intervalDays",
                "volunteer.visit.interval.invalid");
        refused(() -> data.asAdmin(() -> visits().setIntervalDays(id, 366)), "intervalDays",
                "volunteer.visit.interval.invalid");
        assertThat(data.asAdmin(() -> visits().setIntervalDays(id, 45))).isEqualTo(45);
        assertThat(data.asAdmin(() -> visits().overdue(id))).extracting(OverdueVisit::residentId)
                .containsExactly(elderly.get(3), elderly.get(1));
        assertThat(data.asAdmin(() -> visits().setIntervalDays(id, 7))).isEqualTo(7);
        assertThat(data.asAdmin(() -> visits().overdue(id))).extracting(OverdueVisit::residentId)
                .containsExactly(elderly.get(3), elderly.get(1), elderly.get(2), elderly.get(0));
        // N is the community's own.
        long other = data.community(1).communityId();
        assertThat(data.asAdmin(() -> visits().intervalDays(other))).isEqualTo(30);

        // Visited today, the never visited leaves the list.
        data.visit(id, elderly.get(3), volunteers, 0);
        assertThat(data.asAdmin(() -> visits().overdue(id))).extracting(OverdueVisit::residentId)
                .doesNotContain(elderly.get(3));
    }

    @Test
    void aFollowUpStaysOpenUntilAWorkerClosesItWithWhatWasDone() {
        FreshCommunity community = data.community(3);
        long id = community.communityId();
        List<Long> r = community.residentIds();
        VisitEntry asked = data.asAdmin(() -> visits().record(id, new VisitDraft(r.get(0), List.of(r.get(1)),
                data.now().minusDays(1), 30, Set.of(VisitCheck.GAS), "燃气软管老化", true)));
        VisitEntry plain = data.visit(id, r.get(2), List.of(r.get(1)), 2);
        assertThat(data.asAdmin(() -> visits().openFollowUps(id))).extracting(VisitEntry::id)
                .containsExactly(asked.id());

        refused(() -> data.asAdmin(() -> visits().closeFollowUp(asked.id(), "  ")), "note",
                "volunteer.visit.followUpNote.invalid");
        refused(() -> data.asAdmin(() -> visits().closeFollowUp(plain.id(), "已处理")), "note",
                "volunteer.visit.followUp.notOpen");
        assertThat(data.asAdmin(() -> visits().openFollowUps(id))).hasSize(1);

        VisitEntry closed = data.asAdmin(() -> visits().closeFollowUp(asked.id(), " 已联系燃气公司更换软管 "));
        assertThat(closed.followUpOpen()).isFalse();
        assertThat(closed.followUpNote()).isEqualTo("已联系燃气公司更换软管");
        assertThat(closed.followUpDoneAt()).isNotNull();
        assertThat(data.asAdmin(() -> visits().openFollowUps(id))).isEmpty();
        refused(() -> data.asAdmin(() -> visits().closeFollowUp(asked.id(), "再次")), "note",
                "volunteer.visit.followUp.notOpen");
    }

    @Test
    void aVisitCountsAsVolunteerHoursForEachVolunteerWhoWent() {
        FreshCommunity community = data.community(3);
        long id = community.communityId();
        List<Long> r = community.residentIds();
        LocalDateTime yesterday = data.now().minusDays(1);
        VisitEntry visit = data.asAdmin(() -> visits().record(id, new VisitDraft(r.get(0), List.of(r.get(1), r.get(2)),
                yesterday, 90, Set.of(VisitCheck.MOOD), null, false)));
        LocalDate today = data.now().toLocalDate();

        for (long volunteer : List.of(r.get(1), r.get(2))) {
            ServiceRecord record = data.asAdmin(() -> data.rosters.serviceRecord(volunteer, today.minusDays(7), today));
            assertThat(record.served()).singleElement().satisfies(served -> {
                assertThat(served.kind()).isEqualTo(ServiceRecord.Kind.VISIT);
                assertThat(served.title()).isEqualTo(visit.visitedName());
                assertThat(served.minutes()).isEqualTo(90);
                assertThat(served.day()).isEqualTo(yesterday.toLocalDate());
            });
            assertThat(record.totalMinutes()).isEqualTo(90);
        }
        assertThat(data.asAdmin(() -> data.rosters.serviceRecord(r.get(0), today.minusDays(7), today)).served())
                .as("the resident visited served nobody").isEmpty();
        assertThat(data.asAdmin(() -> data.rosters.serviceRecord(r.get(1), today, today)).served())
                .as("outside the period").isEmpty();
    }

    @Test
    void anotherCommunitysResidentsAndVisitsAreOutOfReachAndTheCommitteeOnlyReads() {
        FreshCommunity community = data.community(2);
        List<Long> r = community.residentIds();
        VisitEntry visit = data.asAdmin(() -> visits().record(community.communityId(), new VisitDraft(r.get(0),
                List.of(r.get(1)), data.now().minusDays(1), 30, Set.of(VisitCheck.HYGIENE), null, true)));
        long wenfeng = communities.wenfeng();

        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().visitsOf(r.get(0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().closeFollowUp(visit.id(),
                "已处理"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().overdue(
                community.communityId()))).isInstanceOf(AccessDeniedException.class);
        // A worker of 文峰塔 records a visit there, but not to a resident of another community.
        refused(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().record(wenfeng, new VisitDraft(r.get(0),
                List.of(r.get(1)), data.now(), 30, Set.of(VisitCheck.GAS), null, false))), "visitedResidentId",
                "volunteer.visit.visited.invalid");

        // The committee reads its own community's visits, records nothing and sets nothing.
        long daimo = communities.community(CommunityTestData.DAIMOGE);
        assertThat(data.runAs.get(DemoUsers.COMMITTEE, () -> visits().overdue(daimo))).isNotNull();
        assertThat(data.runAs.get(DemoUsers.COMMITTEE, () -> visits().recentVisits(daimo, 10))).isNotNull();
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.COMMITTEE, () -> visits().record(daimo, new VisitDraft(
                null, List.of(), null, null, Set.of(), null, false)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().setIntervalDays(wenfeng, 14)))
                .as("the interval is the admin's").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStandardsRuleForAVisitIsOfferedWhereThereIsOne() {
        long wenfeng = communities.wenfeng();
        LocalDate today = data.now().toLocalDate();
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> visits().grantRule(wenfeng, today)))
                .hasValueSatisfying(rule -> assertThat(rule.content().name()).isEqualTo("关爱空巢老人走访"));
        long fresh = data.community(1).communityId();
        assertThat(data.asAdmin(() -> visits().grantRule(fresh, today))).as("no standard, no rule").isEmpty();
    }
}
