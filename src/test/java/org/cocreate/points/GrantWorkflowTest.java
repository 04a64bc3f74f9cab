package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way of a grant to the ledger: approval by a different admin, public notice with objections, the
 * posting job, bulk grants (all or none), photos, caps across standard versions, expiry.
 */
@ServiceTest
class GrantWorkflowTest {

    private static final String WENFENG = "文峰塔社区";
    private static final String LONGMEN = "龙门街社区";
    /** The one community whose standard this test class revises (other tests revise others, years ahead). */
    private static final String DAIMOGE = "带谟阁社区";
    private static final String VOLUNTEERING = "志愿服务";
    private static final String CLEAN_UP = "参加卫生大扫除";
    private static final String FOUND_PROPERTY = "拾金不昧";
    private static final String CLUTTER = "楼道堆放杂物";

    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    GrantReviewService review;
    @Autowired
    PointsSettingsService settings;
    @Autowired
    PointsJobs jobs;
    @Autowired
    PointsTestData data;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void defaultSettings() {
        data.settings(WENFENG, 20, 3);
    }

    private GrantOutcome grant(String user, long resident, String rule, int quantity) {
        return data.runAs.get(user, () -> grantService.grant(new GrantCommand(resident,
                data.rule(WENFENG, rule).id(), quantity, data.today(), "workflow", null)));
    }

    private Points balance(long resident) {
        return data.runAs.get(DemoUsers.WENFENG_WORKER, () -> points.balance(resident));
    }

    @Test
    void aGrantOnNoticeIsNotSpendableShowsMaskedInPublicAndPostsWhenTheNoticeEnds() {
        long resident = data.newResident(WENFENG);
        String name = jdbc.sql("select name from resident where id = ?").param(resident).query(String.class).single();

        GrantOutcome outcome = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 3);

        assertThat(outcome.status()).isEqualTo(GrantStatus.NOTICE);
        assertThat(outcome.entry()).isNull();
        assertThat(outcome.noticeUntil()).isAfter(LocalDateTime.now(clock).plusDays(3).minusMinutes(5));
        assertThat(balance(resident)).as("only posted points count").isEqualTo(Points.ZERO);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> transaction.executeWithoutResult(
                s -> points.debit(resident, Points.of(1), "exchange", null))))
                .isInstanceOf(InsufficientPointsException.class);
        List<PublicNotice> board = RunAs.nobody(() -> review.publicNotices(data.communities.community(WENFENG)));
        assertThat(board).filteredOn(n -> n.grantId() == outcome.grantId()).singleElement().satisfies(n -> {
            assertThat(n.maskedName()).isEqualTo(name.charAt(0) + "*".repeat(name.length() - 1));
            assertThat(n.ruleName()).isEqualTo(VOLUNTEERING);
            assertThat(n.amount()).isEqualTo(6);
            assertThat(n.objected()).isFalse();
        });
        assertThat(board).extracting(PublicNotice::maskedName).doesNotContain(name);

        // The job posts what ended by the time it runs; run again (or by a second process) it posts nothing.
        LocalDateTime later = outcome.noticeUntil().plusMinutes(1);
        // (Grants of other tests and of the demo whose notice ended earlier post too: only ours is asserted.)
        jobs.postNoticesEndedBy(outcome.noticeUntil().minusMinutes(1));
        assertThat(balance(resident)).as("still on notice a minute before it ends").isEqualTo(Points.ZERO);
        assertThat(jobs.postNoticesEndedBy(later)).isPositive();
        assertThat(jobs.postNoticesEndedBy(later)).isZero();
        assertThat(balance(resident)).isEqualTo(Points.of(6));
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> points.statement(resident, data.today(), data.today()).lines())).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualTo(6));
    }

    @Test
    void aGrantAboveTheThresholdWaitsForADifferentAdminWhoApprovesOrRejectsWithAReason() {
        long resident = data.newResident(WENFENG);
        GrantOutcome big = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 8);
        assertThat(big.amount()).isEqualTo(16);
        assertThat(big.status()).as("16 is not above 20").isEqualTo(GrantStatus.NOTICE);

        data.settings(WENFENG, 10, 0);
        long other = data.newResident(WENFENG);
        GrantOutcome waiting = grant(DemoUsers.WENFENG_WORKER, other, VOLUNTEERING, 6);
        assertThat(waiting.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        long community = data.communities.community(WENFENG);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approvalQueue(community)))
                .filteredOn(l -> l.grantId() == waiting.grantId()).singleElement()
                .satisfies(l -> {
                    assertThat(l.amount()).isEqualTo(12);
                    assertThat(l.createdBy()).isEqualTo(DemoUsers.WENFENG_WORKER);
                });
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER, () -> review.approve(waiting.grantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> review.approvalQueue(community)))
                .isInstanceOf(AccessDeniedException.class);

        // An admin's own grant needs another admin.
        GrantOutcome own = grant(DemoUsers.WENFENG_ADMIN, data.newResident(WENFENG), VOLUNTEERING, 6);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> review.approve(own.grantId())))
                .isInstanceOf(org.cocreate.security.FourEyesRefusedException.class).extracting("messageKey")
                .isEqualTo("fourEyes.sameAccount");
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.approve(own.grantId())).status())
                .isEqualTo(GrantStatus.POSTED);

        GrantOutcome approved = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approve(waiting.grantId()));
        assertThat(approved.status()).as("no notice period").isEqualTo(GrantStatus.POSTED);
        assertThat(balance(other)).isEqualTo(Points.of(12));
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> review.approve(waiting.grantId())))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.grant.statusChanged");

        GrantOutcome toReject = grant(DemoUsers.WENFENG_WORKER, data.newResident(WENFENG), VOLUNTEERING, 7);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> review.reject(toReject.grantId(), " ")))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.reason.required");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN,
                () -> review.reject(toReject.grantId(), "no sign-in sheet")).status()).isEqualTo(GrantStatus.REJECTED);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.decided(community, 50)))
                .filteredOn(l -> l.grantId() == toReject.grantId()).singleElement()
                .satisfies(l -> assertThat(l.decisionNote()).isEqualTo("no sign-in sheet"));
    }

    @Test
    void everyDeductionWaitsForApproval() {
        data.settings(WENFENG, 1000, 0);
        long resident = data.newResident(WENFENG);
        grant(DemoUsers.WENFENG_WORKER, resident, CLEAN_UP, 1);
        GrantOutcome deduction = grant(DemoUsers.WENFENG_WORKER, resident, CLUTTER, 1);
        assertThat(deduction.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        assertThat(deduction.amount()).isEqualTo(-5);
        assertThat(balance(resident)).isEqualTo(Points.of(5));
        data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> review.approve(deduction.grantId()));
        assertThat(balance(resident)).isEqualTo(Points.ZERO);
    }

    @Test
    void theReviewCountsFollowWhatWaitsForADecision() {
        long community = data.communities.community(WENFENG);
        ReviewCounts before = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> review.reviewCounts(community));
        long resident = data.newResident(WENFENG);

        GrantOutcome onNotice = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 2);
        GrantOutcome objected = grant(DemoUsers.WENFENG_WORKER, resident, CLEAN_UP, 1);
        data.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(objected.grantId(), "他那天不在", null));
        data.settings(WENFENG, 1, 3);
        GrantOutcome waiting = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 1);
        assertThat(waiting.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        ReviewCounts after = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> review.reviewCounts(community));
        assertThat(after.waitingForApproval() - before.waitingForApproval()).isEqualTo(1);
        assertThat(after.objected() - before.objected()).isEqualTo(1);
        assertThat(after.noticesEndingToday()).as("ends in three days").isEqualTo(before.noticesEndingToday());

        jdbc.sql("update point_grant set notice_until = ? where id = ?")
                .param(data.today().atTime(23, 59)).param(onNotice.grantId()).update();
        assertThat(data.runAs.get(DemoUsers.SUPERVISOR, () -> review.reviewCounts(community)).noticesEndingToday())
                .isEqualTo(before.noticesEndingToday() + 1);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> review.reviewCounts(community)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anObjectionHoldsTheGrantUntilAnAdminUpholdsItOrDismissesIt() {
        long community = data.communities.community(WENFENG);
        long resident = data.newResident(WENFENG);
        GrantOutcome held = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 2);
        GrantOutcome cleared = grant(DemoUsers.WENFENG_WORKER, resident, CLEAN_UP, 1);

        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> review.object(held.grantId(), "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER,
                () -> review.object(held.grantId(), "not there", null)))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.objection.onBehalfOf.required");
        data.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(held.grantId(), "他那天不在", null));
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> review.object(cleared.grantId(), "记错了日期", "邻居王阿姨"));

        assertThat(RunAs.nobody(() -> review.publicNotices(community)))
                .filteredOn(n -> n.grantId() == held.grantId()).singleElement()
                .satisfies(n -> assertThat(n.objected()).isTrue());
        assertThat(data.runAs.get(DemoUsers.SUPERVISOR, () -> review.notices(community)))
                .filteredOn(l -> l.grantId() == cleared.grantId()).singleElement().satisfies(l -> {
                    assertThat(l.status()).isEqualTo(GrantStatus.OBJECTED);
                    assertThat(l.objectionReason()).isEqualTo("记错了日期");
                    assertThat(l.objectedFor()).isEqualTo("邻居王阿姨");
                });
        // An objection holds the grant even after its notice ended.
        jobs.postNoticesEndedBy(LocalDateTime.now(clock).plusDays(10));
        assertThat(balance(resident)).isEqualTo(Points.ZERO);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.SUPERVISOR, () -> review.uphold(held.grantId(), "x")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.uphold(held.grantId(), "核实属实")).status())
                .isEqualTo(GrantStatus.CANCELLED);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.dismiss(cleared.grantId(), "签到表为证"))
                .status()).isEqualTo(GrantStatus.POSTED);
        assertThat(balance(resident)).isEqualTo(Points.of(5));
        assertThat(RunAs.nobody(() -> review.publicNotices(community))).extracting(PublicNotice::grantId)
                .doesNotContain(held.grantId(), cleared.grantId());
    }

    @Test
    void anObjectionAfterTheNoticeEndedIsRefused() {
        data.settings(WENFENG, 20, 1);
        long resident = data.newResident(WENFENG);
        GrantOutcome grant = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 1);
        jdbc.sql("update point_grant set notice_until = ? where id = ?")
                .params(LocalDateTime.now(clock).minusMinutes(1), grant.grantId()).update();
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(grant.grantId(), "x", null)))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.objection.tooLate");
        // Caught up by the next run, as after a restart.
        jobs.postEndedNotices();
        assertThat(balance(resident)).isEqualTo(Points.of(2));
    }

    @Test
    void aBulkGrantGoesToEverybodyOrToNobodyAndNamesWhoBlockedIt() {
        data.settings(WENFENG, 1000, 0);
        long community = data.communities.community(WENFENG);
        List<Long> team = List.of(data.newResident(WENFENG), data.newResident(WENFENG), data.newResident(WENFENG));
        long blocker = team.get(1);
        String blockerName = jdbc.sql("select name from resident where id = ?").param(blocker).query(String.class)
                .single();
        long rule = data.rule(WENFENG, CLEAN_UP).id();
        grant(DemoUsers.WENFENG_WORKER, blocker, CLEAN_UP, 1);
        long grantsBefore = jdbc.sql("select count(*) from point_grant").query(Long.class).single();

        var command = new BulkGrantCommand(team, rule, 1, data.today(), "大扫除", "bulk-" + blocker, null);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER, () -> grantService.bulkGrant(command)))
                .isInstanceOfSatisfying(BulkGrantRefusedException.class, e -> {
                    assertThat(e.arguments()).containsExactly(blockerName);
                    assertThat(e.reason().messageKey()).isEqualTo("points.cap.daily");
                });
        assertThat(jdbc.sql("select count(*) from point_grant").query(Long.class).single()).isEqualTo(grantsBefore);
        assertThat(balance(team.get(0))).isEqualTo(Points.ZERO);

        var withoutBlocker = new BulkGrantCommand(List.of(team.get(2), team.get(0), team.get(0)), rule, 1,
                data.today(), "大扫除", "bulk-ok-" + blocker, null);
        BulkGrantResult result = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.bulkGrant(withoutBlocker));
        assertThat(result.outcomes()).extracting(GrantOutcome::residentId).containsExactly(team.get(0), team.get(2));
        assertThat(result.count(GrantStatus.POSTED)).isEqualTo(2);
        BulkGrantResult again = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.bulkGrant(withoutBlocker));
        assertThat(again.outcomes()).extracting(GrantOutcome::grantId)
                .containsExactlyElementsOf(result.outcomes().stream().map(GrantOutcome::grantId).toList());
        assertThat(balance(team.get(0))).isEqualTo(Points.of(5));
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> points.ledgerCheck(community))).isEmpty();

        long longmenResident = data.newResident(LONGMEN);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.GRID_WORKER, () -> grantService.bulkGrant(new BulkGrantCommand(
                List.of(team.get(0), longmenResident), rule, 1, data.today(), null, null, null))))
                .isInstanceOf(org.cocreate.base.NotFoundException.class);
    }

    @Test
    void aPhotoIsKeptWithTheGrantAndOnlyImagesAreAccepted() {
        long resident = data.newResident(WENFENG);
        long rule = data.rule(WENFENG, VOLUNTEERING).id();
        byte[] jpeg = org.cocreate.base.TestPictures.jpeg(40, 30);
        GrantOutcome withPhoto = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.grant(new GrantCommand(resident,
                rule, 1, data.today(), null, null, new Photo("image/jpeg", jpeg))));
        assertThat(data.runAs.get(DemoUsers.SUPERVISOR, () -> review.photo(withPhoto.grantId())))
                .hasValueSatisfying(p -> assertThat(p.contentType()).isEqualTo("image/jpeg"));
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> review.photo(withPhoto.grantId())))
                .isInstanceOf(org.cocreate.base.NotFoundException.class);

        long grants = jdbc.sql("select count(*) from point_grant").query(Long.class).single();
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER, () -> grantService.grant(new GrantCommand(
                resident, rule, 1, data.today(), null, null, new Photo("image/jpeg", new byte[] {(byte) 0xFF,
                (byte) 0xD8, (byte) 0xFF, 1, 2, 3})))))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey").isEqualTo("points.photo.type");
        assertThat(jdbc.sql("select count(*) from point_grant").query(Long.class).single()).isEqualTo(grants);
    }

    @Test
    void capsCountGrantsOnTheirWayAndCarryAcrossANewVersionOfTheStandard() {
        data.settings(DAIMOGE, 20, 3);
        long community = data.communities.community(DAIMOGE);
        long resident = data.newResident(DAIMOGE);
        long oldRule = data.rule(DAIMOGE, CLEAN_UP).id();
        GrantOutcome onNotice = data.runAs.get(DemoUsers.DAIMO_WORKER, () -> grantService.grant(new GrantCommand(
                resident, oldRule, 1, data.today(), null, null)));
        assertThat(onNotice.status()).isEqualTo(GrantStatus.NOTICE);

        // A new version, in effect from today: its clean-up rule is the same rule, so the cap of one a day holds.
        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            StandardEntry draft = standardService.draft(community, "带谟阁积分标准（修订）");
            standardService.adopt(draft.id(), data.today(), "居民议事会通过");
        });
        ScoringRule newRule = data.rule(DAIMOGE, CLEAN_UP);
        assertThat(newRule.id()).isNotEqualTo(oldRule);
        assertThat(newRule.getLineageId()).isEqualTo(oldRule);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.DAIMO_WORKER, () -> grantService.grant(new GrantCommand(
                resident, newRule.id(), 1, data.today(), null, null))))
                .isInstanceOf(CapReachedException.class);
    }

    @Autowired
    ScoringStandardService standardService;

    @Test
    void pointsEarnedLongAgoExpireOldestFirstAndOnlyOnce() {
        data.grantsPostAtOnce(LONGMEN);
        long community = data.communities.community(LONGMEN);
        long resident = data.newResident(LONGMEN);
        LocalDate longAgo = data.today().minusMonths(13);
        long oldRule = data.uncappedRule(LONGMEN, longAgo).id();
        long rule = data.uncappedRule(LONGMEN, data.today()).id();
        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> {
            grantService.grant(new GrantCommand(resident, oldRule, 1, longAgo, null, null));
            grantService.grant(new GrantCommand(resident, rule, 1, data.today(), null, null));
        });
        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> transaction.executeWithoutResult(
                s -> points.debit(resident, Points.of(14), "exchange", null)));

        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(20, 0, 12)));
        try {
            jobs.expireAsOf(data.today());
            // 20 earned long ago, 14 of them spent (oldest first): 6 expire; the 20 earned today stay.
            assertThat(data.runAs.get(DemoUsers.LONGMEN_WORKER, () -> points.balance(resident))).isEqualTo(Points.of(20));
            jobs.expireAsOf(data.today());
            assertThat(data.runAs.get(DemoUsers.LONGMEN_WORKER, () -> points.balance(resident))).isEqualTo(Points.of(20));
            assertThat(jdbc.sql("select count(*) from ledger_entry e join point_account a on a.id = e.account_id "
                    + "where a.resident_id = ? and e.kind = 'EXPIRY'").param(resident).query(Long.class).single())
                    .isEqualTo(1);
            assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> points.ledgerCheck(community))).isEmpty();
        } finally {
            data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN,
                    () -> settings.update(community, new CommunityPointsSettings(20, 3, null)));
        }
    }

    @Test
    void settingsAreCheckedAndOnlyAdminsChangeThem() {
        long community = data.communities.community(WENFENG);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER,
                () -> settings.update(community, new CommunityPointsSettings(20, 3, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(20, 31, null))))
                .isInstanceOf(PointsRefusedException.class).extracting("field").isEqualTo("noticeDays");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(30, 5, 24))))
                .isEqualTo(new CommunityPointsSettings(30, 5, 24));
        assertThat(data.runAs.get(DemoUsers.SUPERVISOR, () -> settings.settings(community)))
                .isEqualTo(new CommunityPointsSettings(30, 5, 24));
    }

    @Test
    void aGrantIsTakenBackByAReversalOnceItPostedAndWithdrawnBeforeNeverEdited() {
        long resident = data.newResident(WENFENG);
        GrantOutcome onNotice = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 1);
        assertThat(onNotice.status()).isEqualTo(GrantStatus.NOTICE);

        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER,
                () -> grantService.takeBack(onNotice.grantId(), " "))).isInstanceOf(PointsRefusedException.class)
                .satisfies(e -> assertThat(((PointsRefusedException) e).field()).isEqualTo("reason"));
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.takeBack(onNotice.grantId(),
                "时长记错了"))).isEqualTo(GrantStatus.CANCELLED);
        assertThat(jdbc.sql("select decision_note from point_grant where id = ?").param(onNotice.grantId())
                .query(String.class).single()).isEqualTo("时长记错了");
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.takeBack(onNotice.grantId(),
                "again"))).as("a cancelled grant stays as it is").isEqualTo(GrantStatus.CANCELLED);
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> review.notices(data.communities.community(WENFENG))))
                .extracting(GrantLine::grantId).doesNotContain(onNotice.grantId());

        data.grantsPostAtOnce(WENFENG);
        GrantOutcome posted = grant(DemoUsers.WENFENG_WORKER, resident, VOLUNTEERING, 2);
        Points before = balance(resident);
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> grantService.takeBack(posted.grantId(),
                "时长记错了"))).as("the grant stays posted; its entry is reversed").isEqualTo(GrantStatus.POSTED);
        assertThat(balance(resident).value()).isEqualTo(before.value() - posted.amount());
        assertThat(jdbc.sql("select count(*) from ledger_entry where reverses_entry_id = ?")
                .param(posted.posted().entryId()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER,
                () -> grantService.takeBack(posted.grantId(), "twice"))).isInstanceOf(PointsRefusedException.class)
                .as("a reversal once only");
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.LONGMEN_WORKER,
                () -> grantService.takeBack(posted.grantId(), "another community")))
                .isInstanceOf(org.cocreate.base.NotFoundException.class);
    }
}
