package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class PointsServiceTest {

    private static final String WENFENG = "文峰塔社区";
    private static final String CLEAN_UP = "参加卫生大扫除";
    private static final String VOLUNTEERING = "志愿服务";
    /** Needs approval: the idempotency tests see it wait. */
    private static final String SUGGESTION = "建议被采纳";
    /** At most once a month, posts at once. */
    private static final String SORTING = "垃圾分类示范户";
    private static final String CLUTTER = "楼道堆放杂物";

    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient auditJdbc;
    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    GrantReviewService review;

    @BeforeEach
    void grantsPostAtOnce() {
        data.grantsPostAtOnce(WENFENG);
    }

    private GrantCommand grant(long resident, String rule, int quantity) {
        return new GrantCommand(resident, data.rule(WENFENG, rule).id(), quantity, data.today(), "test", null);
    }

    private PostedEntry debit(long resident, long amount, String key) {
        return transaction.execute(status -> points.debit(resident, Points.of(amount), "exchange", key));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aGrantPostsUnderTheRuleInEffectAndRecordsRuleStandardAuthorAndAudit() {
        long resident = data.newResident(WENFENG);
        ScoringRule rule = data.rule(WENFENG, VOLUNTEERING);
        long audited = auditLines("POINTS_GRANTED");

        PostedEntry posted = grantService.grant(grant(resident, VOLUNTEERING, 3)).posted();

        assertThat(posted.kind()).isEqualTo(EntryKind.GRANT);
        assertThat(posted.amount()).isEqualTo(6);
        assertThat(posted.balanceAfter()).isEqualTo(Points.of(6));
        assertThat(posted.ruleId()).isEqualTo(rule.id());
        assertThat(posted.standardVersionId()).isEqualTo(rule.getStandardId());
        assertThat(points.balance(resident)).isEqualTo(Points.of(6));
        LedgerEntry stored = entries.findById(posted.entryId()).orElseThrow();
        assertThat(stored.getCreatedBy()).isEqualTo(DemoUsers.WENFENG_WORKER);
        assertThat(stored.getNote()).isEqualTo("test");
        assertThat(auditLines("POINTS_GRANTED")).isEqualTo(audited + 1);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theMonthsTotalsCountGrantsAndRedemptionsLessTheirReversals() {
        long resident = data.newResident(WENFENG);
        var month = java.time.YearMonth.from(data.today());
        long wenfeng = auditJdbc.sql("select id from community where name = ?").param(WENFENG).query(Long.class)
                .single();
        MonthTotals before = points.monthTotals(wenfeng, month);

        PostedEntry granted = grantService.grant(grant(resident, VOLUNTEERING, 3)).posted();
        PostedEntry redeemed = debit(resident, 4, null);
        MonthTotals after = points.monthTotals(wenfeng, month);
        assertThat(after.granted() - before.granted()).isEqualTo(granted.amount()).isEqualTo(6);
        assertThat(after.redeemed() - before.redeemed()).isEqualTo(4);

        points.reverse(redeemed.entryId(), "voided at the counter");
        MonthTotals voided = points.monthTotals(wenfeng, month);
        assertThat(voided.redeemed()).as("a voided redemption is not redeemed").isEqualTo(before.redeemed());
        assertThat(voided.granted()).isEqualTo(after.granted());
        // Another month is not touched.
        assertThat(points.monthTotals(wenfeng, month.minusYears(3)))
                .isEqualTo(new MonthTotals(month.minusYears(3), 0, 0));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theSameIdempotencyKeyPostsOnceAndReturnsTheFirstResult() {
        long resident = data.newResident(WENFENG);
        var command = new GrantCommand(resident, data.rule(WENFENG, SUGGESTION).id(), 1, data.today(), null,
                "roster-" + resident);

        GrantOutcome first = grantService.grant(command);
        GrantOutcome second = grantService.grant(command);

        assertThat(first.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        assertThat(second).isEqualTo(first);
        assertThat(points.balance(resident)).as("not spendable before approval").isEqualTo(Points.ZERO);
        PostedEntry approved = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approve(first.grantId()))
                .posted();
        GrantOutcome retried = grantService.grant(command);
        assertThat(retried.grantId()).isEqualTo(first.grantId());
        assertThat(retried.status()).isEqualTo(GrantStatus.POSTED);
        assertThat(retried.posted()).isEqualTo(approved);
        assertThat(points.balance(resident)).isEqualTo(Points.of(20));
        assertThat(points.statement(resident, data.today(), data.today()).lines()).hasSize(1);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aKeyUsedForAnotherResidentIsRefused() {
        long one = data.newResident(WENFENG);
        long other = data.newResident(WENFENG);
        String key = "shared-" + one;
        long rule = data.rule(WENFENG, SUGGESTION).id();
        grantService.grant(new GrantCommand(one, rule, 1, data.today(), null, key));

        assertThatThrownBy(() -> grantService.grant(new GrantCommand(other, rule, 1, data.today(), null, key)))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.idempotency.conflict");
        assertThat(points.balance(other)).isEqualTo(Points.ZERO);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aDailyCapIsEnforcedAcrossGrantsAndTheRefusalNamesIt() {
        long resident = data.newResident(WENFENG);
        grantService.grant(grant(resident, CLEAN_UP, 1));

        assertThatThrownBy(() -> grantService.grant(grant(resident, CLEAN_UP, 1)))
                .isInstanceOfSatisfying(CapReachedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("points.cap.daily");
                    assertThat(e.arguments()).containsExactly(CLEAN_UP, 1, 1L);
                });
        // Hours: 8 a day for volunteering, counted across grants.
        grantService.grant(grant(resident, VOLUNTEERING, 5));
        assertThatThrownBy(() -> grantService.grant(grant(resident, VOLUNTEERING, 4)))
                .isInstanceOf(CapReachedException.class);
        grantService.grant(grant(resident, VOLUNTEERING, 3));
        assertThat(points.balance(resident)).isEqualTo(Points.of(5 + 10 + 6));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aMonthlyCapIsEnforcedAndAReversedGrantNoLongerCounts() {
        long resident = data.newResident(WENFENG);
        PostedEntry once = grantService.grant(grant(resident, SORTING, 1)).posted();

        assertThatThrownBy(() -> grantService.grant(grant(resident, SORTING, 1)))
                .isInstanceOfSatisfying(CapReachedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("points.cap.monthly"));
        points.reverse(once.entryId(), "wrong person");
        assertThat(grantService.grant(grant(resident, SORTING, 1)).posted().balanceAfter()).isEqualTo(Points.of(10));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aDeductionThatWouldMakeTheBalanceNegativeIsRefusedAndChangesNothing() {
        long resident = data.newResident(WENFENG);
        assertThatThrownBy(() -> grantService.grant(grant(resident, CLUTTER, 1)))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(points.balance(resident)).isEqualTo(Points.ZERO);
        assertThat(points.statement(resident, data.today().minusDays(1), data.today()).lines()).isEmpty();

        grantService.grant(grant(resident, CLEAN_UP, 1));
        GrantOutcome waiting = grantService.grant(grant(resident, CLUTTER, 1));
        assertThat(waiting.status()).as("every deduction waits for approval").isEqualTo(GrantStatus.PENDING_APPROVAL);
        assertThat(points.balance(resident)).isEqualTo(Points.of(5));
        PostedEntry deduction = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approve(waiting.grantId()))
                .posted();
        assertThat(deduction.kind()).isEqualTo(EntryKind.DEDUCTION);
        assertThat(deduction.amount()).isEqualTo(-5);
        assertThat(points.balance(resident)).isEqualTo(Points.ZERO);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void grantsOutsideTheStandardInEffectAreRefused() {
        long resident = data.newResident(WENFENG);
        long ruleOfLongmen = data.rule("龙门街社区", CLEAN_UP).id();
        assertThatThrownBy(() -> grantService.grant(new GrantCommand(resident, ruleOfLongmen, 1, data.today(), null, null)))
                .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.rule.notInEffect");
        long rule = data.rule(WENFENG, CLEAN_UP).id();
        assertThatThrownBy(() -> grantService.grant(new GrantCommand(resident, rule, 1, LocalDate.of(2000, 1, 1), null,
                null))).isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.rule.notInEffect");
        assertThatThrownBy(() -> grantService.grant(new GrantCommand(resident, rule, 1, data.today().plusDays(1), null,
                null))).isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                .isEqualTo("points.date.future");
        assertThatThrownBy(() -> grantService.grant(new GrantCommand(resident, rule, 0, data.today(), null, null)))
                .isInstanceOf(PointsRefusedException.class);
        assertThat(points.balance(resident)).isEqualTo(Points.ZERO);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aDebitJoinsTheCallersTransactionAndNeverOverdraws() {
        long resident = data.newResident(WENFENG);
        grantService.grant(grant(resident, VOLUNTEERING, 5));

        assertThatThrownBy(() -> points.debit(resident, Points.of(1), "exchange", null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> debit(resident, 11, null)).isInstanceOf(InsufficientPointsException.class);
        PostedEntry debited = debit(resident, 4, "counter-" + resident);
        assertThat(debited.kind()).isEqualTo(EntryKind.REDEMPTION);
        assertThat(debit(resident, 4, "counter-" + resident)).isEqualTo(debited);
        assertThat(points.balance(resident)).isEqualTo(Points.of(6));
        // The caller's rollback takes the debit with it.
        transaction.executeWithoutResult(status -> {
            points.debit(resident, Points.of(6), "exchange", null);
            status.setRollbackOnly();
        });
        assertThat(points.balance(resident)).isEqualTo(Points.of(6));
        assertThatThrownBy(() -> debit(data.newResident(WENFENG), 1, null))
                .isInstanceOf(InsufficientPointsException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void anEntryIsReversedAtMostOnceAReversalNeverAndNeverBelowZero() {
        long resident = data.newResident(WENFENG);
        PostedEntry first = grantService.grant(grant(resident, VOLUNTEERING, 2)).posted();
        PostedEntry second = grantService.grant(grant(resident, VOLUNTEERING, 3)).posted();

        PostedEntry reversal = points.reverse(first.entryId(), "wrong hours");
        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.amount()).isEqualTo(-4);
        assertThat(reversal.reversesEntryId()).isEqualTo(first.entryId());
        assertThat(points.balance(resident)).isEqualTo(Points.of(6));

        assertThatThrownBy(() -> points.reverse(first.entryId(), "again")).isInstanceOf(PointsRefusedException.class)
                .extracting("messageKey").isEqualTo("points.reverse.already");
        assertThatThrownBy(() -> points.reverse(reversal.entryId(), "undo")).isInstanceOf(PointsRefusedException.class)
                .extracting("messageKey").isEqualTo("points.reverse.ofReversal");
        assertThatThrownBy(() -> points.reverse(second.entryId(), " ")).isInstanceOf(PointsRefusedException.class)
                .extracting("messageKey").isEqualTo("points.reason.required");

        debit(resident, 5, null);
        assertThatThrownBy(() -> points.reverse(second.entryId(), "spent already"))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(points.balance(resident)).isEqualTo(Points.of(1));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theStatementShowsEveryEntryWithItsRunningBalance() {
        long resident = data.newResident(WENFENG);
        PostedEntry granted = grantService.grant(grant(resident, VOLUNTEERING, 4)).posted();
        grantService.grant(grant(resident, VOLUNTEERING, 2));
        debit(resident, 3, null);
        points.reverse(granted.entryId(), "mistake");

        Statement statement = points.statement(resident, data.today().minusDays(7), data.today().plusDays(1));
        assertThat(statement.opening()).isEqualTo(Points.ZERO);
        assertThat(statement.lines()).extracting(StatementLine::kind)
                .containsExactly(EntryKind.GRANT, EntryKind.GRANT, EntryKind.REDEMPTION, EntryKind.REVERSAL);
        assertThat(statement.lines()).extracting(l -> l.balanceAfter().value()).containsExactly(8L, 12L, 9L, 1L);
        assertThat(statement.lines().getLast().reversesEntryId()).isEqualTo(granted.entryId());
        assertThat(statement.lines().getFirst().ruleName()).isEqualTo(VOLUNTEERING);
        assertThat(statement.closing()).isEqualTo(Points.of(1));
        assertThat(points.statement(resident, data.today().plusDays(1), data.today().plusDays(2)).opening())
                .isEqualTo(Points.of(1));
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenCanNeitherGrantToNorReadNorReverseForAResidentOfWenfengta() {
        long resident = data.newResident(WENFENG);
        PostedEntry granted = data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> grantService.grant(grant(resident, VOLUNTEERING, 1)).posted());

        assertThatThrownBy(() -> grantService.grant(grant(resident, VOLUNTEERING, 1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> points.balance(resident)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> points.statement(resident, data.today(), data.today()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> points.reverse(granted.entryId(), "no")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> debit(resident, 1, null)).isInstanceOf(NotFoundException.class);
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> points.balance(resident))).isEqualTo(Points.of(2));
    }

    @Test
    void rolesDecideWhoGrantsReadsAndChecks() {
        long resident = data.newResident(WENFENG);
        long community = data.communities.community(WENFENG);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> grantService.grant(grant(resident, CLEAN_UP, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.SUPERVISOR,
                () -> grantService.grant(grant(resident, CLEAN_UP, 1)))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.runAs.get(DemoUsers.SUPERVISOR, () -> points.balance(resident))).isEqualTo(Points.ZERO);
        assertThat(data.runAs.get(DemoUsers.COUNTER, () -> points.balance(resident))).isEqualTo(Points.ZERO);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER, () -> points.ledgerCheck(community)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> points.ledgerCheck(community)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> points.ledgerCheck(community))).isEmpty();
    }

    @Test
    void theDemoGaveResidentsBalancesThatAgreeWithTheirLedgers() {
        long community = data.communities.community(WENFENG);
        assertThat(data.accounts.findByCommunityIdOrderById(community))
                .anySatisfy(a -> assertThat(a.getBalance().value()).isPositive());
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> points.ledgerCheck(community))).isEmpty();
        assertThat(RefusedException.class).isAssignableFrom(PointsRefusedException.class);
    }

    /** Lines of the audit trail with the action, counted in the table (reading the trail is for admins). */
    private long auditLines(String action) {
        return auditJdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class)
                .single();
    }
}
