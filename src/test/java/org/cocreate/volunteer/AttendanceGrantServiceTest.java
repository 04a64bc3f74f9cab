package org.cocreate.volunteer;

import static org.cocreate.volunteer.VolunteerTestData.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.ScoringStandardService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The points of a closed activity: the proposal by the standard's rule (per hour, half up, within the caps;
 * per attendance), the one bulk grant, nothing sent twice, and hours corrected afterwards correcting the grant by
 * a reversal (posted) or a withdrawal (still on its way) and a new grant, never by an edit.
 */
@ServiceTest
class AttendanceGrantServiceTest {

    private static final String NOT_SERVED = "没有实际服务";

    @Autowired
    VolunteerTestData data;
    @Autowired
    AttendanceGrantService attendanceGrants;
    @Autowired
    ScoringStandardService standards;
    @Autowired
    PointsSettingsService pointsSettings;
    @Autowired
    PointsService points;
    @Autowired
    JdbcClient jdbc;

    /** The community's standard, adopted today, with one rule for taking part in a volunteer activity. */
    private RuleEntry adoptRule(long communityId, boolean perHour, int points, Integer dailyCap, int noticeDays) {
        return data.asAdmin(() -> {
            pointsSettings.update(communityId, new CommunityPointsSettings(1_000_000, noticeDays, null));
            var draft = standards.draft(communityId, "志愿积分标准");
            RuleEntry rule = standards.addRule(draft.id(), new RuleDraft(RuleCategory.VOLUNTEERING, "参加志愿活动", null,
                    Points.of(points), perHour, dailyCap, null, false, false, RuleOccasion.VOLUNTEER_ATTENDANCE));
            standards.adopt(draft.id(), data.now().toLocalDate().minusDays(1), "居民议事会通过");
            return rule;
        });
    }

    /** A clean-up starting in half an hour, the residents' hours as given (null: signed up, never came), closed. */
    private ActivityEntry closedWithHours(FreshCommunity community, List<Integer> minutes) {
        List<Long> r = community.residentIds();
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusMinutes(30), 10);
        long shift = activity.shifts().getFirst().id();
        for (int i = 0; i < minutes.size(); i++) {
            long resident = r.get(i);
            data.asAdmin(() -> data.rosters.signUp(shift, resident, false));
            if (minutes.get(i) != null) {
                data.asAdmin(() -> data.rosters.checkIn(shift, resident));
            }
        }
        data.asAdmin(() -> data.rosters.closeActivity(activity.id()));
        for (int i = 0; i < minutes.size(); i++) {
            Integer served = minutes.get(i);
            long resident = r.get(i);
            if (served != null) {
                data.asAdmin(() -> data.rosters.correctHours(shift, resident, served, "签退时间补录"));
            }
        }
        return activity;
    }

    private long balance(long residentId) {
        return data.asAdmin(() -> points.balance(residentId)).value();
    }

    private List<Long> grantRows(long activityId, long residentId, boolean takenBack) {
        return jdbc.sql("select grant_id from volunteer_grant where activity_id = ? and resident_id = ? and taken_back = ?"
                + " order by id").params(activityId, residentId, takenBack).query(Long.class).list();
    }

    private String grantStatus(long grantId) {
        return jdbc.sql("select status from point_grant where id = ?").param(grantId).query(String.class).single();
    }

    @Test
    void aPerHourRuleGivesEachTheirHoursHalfUpWithinTheCapInOneBulkGrantAndNothingTwice() {
        FreshCommunity community = data.community(6);
        List<Long> r = community.residentIds();
        RuleEntry rule = adoptRule(community.communityId(), true, 5, 3, 0);
        ActivityEntry open = data.cleanUp(community.communityId(), data.now().plusHours(5), 5);
        assertThat(data.asAdmin(() -> attendanceGrants.proposal(open.id())).offered())
                .as("nothing before the close").isFalse();

        ActivityEntry activity = closedWithHours(community, java.util.Arrays.asList(150, 75, 20, null, 300));
        GrantProposal proposal = data.asAdmin(() -> attendanceGrants.proposal(activity.id()));

        assertThat(proposal.rule()).isEqualTo(rule);
        assertThat(proposal.lines()).extracting(GrantProposal.Line::residentId)
                .as("the no-show is not offered").containsExactlyInAnyOrder(r.get(0), r.get(1), r.get(2), r.get(4));
        assertThat(line(proposal, r.get(0))).satisfies(line -> {
            assertThat(line.minutes()).isEqualTo(150);
            assertThat(line.quantity()).as("2.5 hours, half up").isEqualTo(3);
            assertThat(line.points()).isEqualTo(15);
        });
        assertThat(line(proposal, r.get(1)).quantity()).as("1.25 hours").isEqualTo(1);
        assertThat(line(proposal, r.get(2)).open()).as("20 minutes: no whole hour").isFalse();
        assertThat(line(proposal, r.get(4))).satisfies(line -> {
            assertThat(line.quantity()).as("five hours, cut to the daily cap of three").isEqualTo(3);
            assertThat(line.cappedFrom()).isEqualTo(5);
        });

        refused(() -> data.asAdmin(() -> attendanceGrants.submit(activity.id(), List.of(), "大扫除")), "residents",
                "volunteer.grant.none");
        refused(() -> data.asAdmin(() -> attendanceGrants.submit(activity.id(), List.of(r.get(2), r.get(3)), "大扫除")),
                "residents", "volunteer.grant.none");
        var sent = data.asAdmin(() -> attendanceGrants.submit(activity.id(), List.of(r.get(0), r.get(1), r.get(4)),
                "志愿活动：周六卫生大扫除"));

        assertThat(sent).isEqualTo(new AttendanceGrantService.Submitted(3, 35, 0));
        assertThat(balance(r.get(0))).isEqualTo(15);
        assertThat(balance(r.get(1))).isEqualTo(5);
        assertThat(balance(r.get(4))).isEqualTo(15);
        GrantProposal after = data.asAdmin(() -> attendanceGrants.proposal(activity.id()));
        assertThat(after.offered()).isFalse();
        assertThat(line(after, r.get(0)).granted()).isEqualTo(3);
        refused(() -> data.asAdmin(() -> attendanceGrants.submit(activity.id(), List.of(r.get(0)), "again")),
                "residents", "volunteer.grant.none");
        assertThat(balance(r.get(0))).as("nothing twice").isEqualTo(15);
    }

    @Test
    void hoursCorrectedAfterTheGrantCorrectItByAReversalAndANewGrantNeverAnEdit() {
        FreshCommunity community = data.community(4);
        List<Long> r = community.residentIds();
        adoptRule(community.communityId(), true, 5, null, 0);
        ActivityEntry activity = closedWithHours(community, java.util.Arrays.asList(180, 60, null, 120));
        long shift = activity.shifts().getFirst().id();
        // Before the grant, a correction changes only the proposal.
        data.asAdmin(() -> data.rosters.correctHours(shift, r.get(3), 240, "实际服务到中午"));
        assertThat(grantRows(activity.id(), r.get(3), false)).isEmpty();
        data.asAdmin(() -> attendanceGrants.submit(activity.id(), List.of(r.get(0), r.get(1), r.get(3)), "大扫除"));
        long firstGrant = grantRows(activity.id(), r.get(0), false).getFirst();
        assertThat(balance(r.get(0))).isEqualTo(15);
        assertThat(balance(r.get(3))).isEqualTo(20);

        data.asAdmin(() -> data.rosters.correctHours(shift, r.get(0), 60, "实际只服务了 1 小时"));

        assertThat(balance(r.get(0))).as("15 reversed, 5 granted").isEqualTo(5);
        assertThat(grantRows(activity.id(), r.get(0), true)).containsExactly(firstGrant);
        assertThat(grantRows(activity.id(), r.get(0), false)).hasSize(1).doesNotContain(firstGrant);
        assertThat(grantStatus(firstGrant)).as("the first grant is not edited").isEqualTo("POSTED");
        assertThat(jdbc.sql("select count(*) from ledger_entry e join point_grant g on g.posted_entry_id = e.reverses_entry_id"
                + " where g.id = ?").param(firstGrant).query(Long.class).single()).isEqualTo(1);

        // The same hours rounded: nothing to correct.
        data.asAdmin(() -> data.rosters.correctHours(shift, r.get(1), 75, "签退晚了一刻钟"));
        assertThat(grantRows(activity.id(), r.get(1), true)).isEmpty();
        // Nothing served after all: taken back, nothing new.
        data.asAdmin(() -> data.rosters.correctHours(shift, r.get(1), 0, NOT_SERVED));
        assertThat(balance(r.get(1))).isZero();
        assertThat(grantRows(activity.id(), r.get(1), false)).isEmpty();
        // A no-show who came after all: present from the start, and granted now.
        var came = data.asAdmin(() -> data.rosters.correctHours(shift, r.get(2), 120, "签到漏记，实际到场"));
        assertThat(came.noShow()).isFalse();
        assertThat(came.checkedInAt()).isEqualTo(activity.shifts().getFirst().startsAt());
        assertThat(balance(r.get(2))).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOLUNTEER_GRANT_CORRECTED' and target_id = ?")
                .param(String.valueOf(activity.id())).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aGrantStillOnNoticeIsWithdrawnWhenTheHoursChangeAndAPerAttendanceRuleGivesOnce() {
        FreshCommunity community = data.community(2);
        List<Long> r = community.residentIds();
        adoptRule(community.communityId(), false, 10, null, 3);
        ActivityEntry activity = closedWithHours(community, java.util.Arrays.asList(45, 240));
        GrantProposal proposal = data.asAdmin(() -> attendanceGrants.proposal(activity.id()));
        assertThat(proposal.lines()).extracting(GrantProposal.Line::quantity).as("once each, whatever the hours")
                .containsExactly(1, 1);
        var sent = data.asAdmin(() -> attendanceGrants.submit(activity.id(), r, "大扫除"));
        assertThat(sent.waiting()).as("the community's public notice applies").isEqualTo(2);
        long onNotice = grantRows(activity.id(), r.get(0), false).getFirst();

        data.asAdmin(() -> data.rosters.correctHours(activity.shifts().getFirst().id(), r.get(0), 0, NOT_SERVED));

        assertThat(grantStatus(onNotice)).as("withdrawn before it posted").isEqualTo("CANCELLED");
        assertThat(grantRows(activity.id(), r.get(0), false)).isEmpty();
        // The hours of the other change, but once is once: their grant stays.
        long other = grantRows(activity.id(), r.get(1), false).getFirst();
        data.asAdmin(() -> data.rosters.correctHours(activity.shifts().getFirst().id(), r.get(1), 120, "提前离开"));
        assertThat(grantRows(activity.id(), r.get(1), false)).containsExactly(other);
        assertThat(grantStatus(other)).isEqualTo("NOTICE");
    }

    @Test
    void anotherCommunitysActivityIsNotFoundAndWithoutARuleNothingIsOffered() {
        FreshCommunity community = data.community(1);
        ActivityEntry activity = closedWithHours(community, List.of(60));
        assertThat(data.asAdmin(() -> attendanceGrants.proposal(activity.id())).offered())
                .as("no standard, no rule").isFalse();
        refused(() -> data.asAdmin(() -> attendanceGrants.submit(activity.id(), community.residentIds(), "x")), "rule",
                "volunteer.grant.noRule");
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> attendanceGrants.proposal(activity.id()))).isInstanceOf(NotFoundException.class);
        ActivityEntry planned = data.cleanUp(community.communityId(), data.now().plusDays(1), 2);
        refused(() -> data.asAdmin(() -> attendanceGrants.submit(planned.id(), community.residentIds(), "x")), "status",
                "volunteer.grant.notClosed");
    }

    private static GrantProposal.Line line(GrantProposal proposal, long residentId) {
        return proposal.lines().stream().filter(line -> line.residentId() == residentId).findFirst().orElseThrow();
    }
}
