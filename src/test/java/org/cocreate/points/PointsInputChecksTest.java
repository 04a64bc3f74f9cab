package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The points' services check their own input, whatever the form in front of them checked: called
 * directly (as a forged request would), bad input is refused with the field and the message the form
 * shows, and nothing changes. (A negative amount cannot be written down at all: {@link Points} is never
 * negative, so a debit cannot turn into a gift.)
 */
@ServiceTest
class PointsInputChecksTest {

    private static final String LONGMEN = "龙门街社区";

    @Autowired
    ScoringStandardService standards;
    @Autowired
    GrantService grants;
    @Autowired
    PointsService points;
    @Autowired
    PointsTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<Long> everything() {
        return List.of(rows("scoring_standard"), rows("scoring_rule"), rows("point_grant"), rows("ledger_entry"),
                rows("point_account"), rows("audit_event"));
    }

    private void refused(ThrowingCallable command, String field, String messageKey) {
        List<Long> before = everything();
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            try {
                command.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOfSatisfying(PointsRefusedException.class, refusal -> {
            assertThat(refusal.field()).as("field").isEqualTo(field);
            assertThat(refusal.messageKey()).as("message").isEqualTo(messageKey);
        });
        assertThat(everything()).as("nothing changed").isEqualTo(before);
    }

    /** The community's draft standard: the one there is, or a new one (one draft at a time). */
    private long draft(long community) {
        return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> standards.standards(community).stream()
                .filter(s -> s.status() == StandardStatus.DRAFT).findFirst()
                .orElseGet(() -> standards.draft(community, "输入检查")).id());
    }

    private static RuleDraft rule(RuleCategory category, String name, long value, Integer dailyCap) {
        return new RuleDraft(category, name, null, Points.of(value), false, dailyCap, null, false, false, null);
    }

    @Test
    void aRuleWithoutAmountWithZeroOrAHugeAmountOrACapOutOfRangeIsRefused() {
        long draft = draft(data.communities.community(LONGMEN));
        refused(() -> standards.addRule(draft, new RuleDraft(RuleCategory.SAFETY, "没有分值", null, null, false,
                null, null, false, false, null)), "points", "points.rule.points.invalid");
        refused(() -> standards.addRule(draft, rule(RuleCategory.SAFETY, "零分规则", 0, null)), "points",
                "points.rule.points.invalid");
        refused(() -> standards.addRule(draft, rule(RuleCategory.SAFETY, "巨额规则", PointsLimits.RULE_POINTS_MAX + 1,
                null)), "points", "points.rule.points.invalid");
        refused(() -> standards.addRule(draft, rule(RuleCategory.SAFETY, "上限为零", 5, 0)), "dailyCap",
                "points.rule.cap.invalid");
        refused(() -> standards.addRule(draft, rule(null, "没有类别", 5, null)), "category",
                "points.rule.category.required");
        refused(() -> standards.addRule(draft, rule(RuleCategory.SAFETY, " ", 5, null)), "name",
                "points.rule.name.invalid");
        refused(() -> standards.addRule(draft, rule(RuleCategory.SAFETY, null, 5, null)), "name",
                "points.rule.name.invalid");
    }

    @Test
    void aStandardWithoutTitleOrAnAdoptionWithoutDateOrNoteIsRefused() {
        long community = data.communities.community(LONGMEN);
        long draft = draft(community);
        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> standards.addRule(draft,
                rule(RuleCategory.SAFETY, "检查灭火器" + System.nanoTime(), 5, null)));
        refused(() -> standards.adopt(draft, null, "居民议事会通过"), "effectiveFrom",
                "points.standard.effectiveFrom.required");
        refused(() -> standards.adopt(draft, data.today().plusYears(20), "  "), "note",
                "points.standard.note.invalid");
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> standards.standards(community)).stream()
                .filter(s -> s.id() == draft).findFirst().orElseThrow().status()).isEqualTo(StandardStatus.DRAFT);
    }

    @Test
    void aGrantOutOfRangeOrWithoutDateIsRefused() {
        String community = "文峰塔社区";
        long resident = data.newResident(community);
        long rule = data.uncappedRule(community).id();
        refused(() -> grants.grant(new GrantCommand(resident, rule, 0, data.today(), null, null)), "quantity",
                "points.quantity.invalid");
        refused(() -> grants.grant(new GrantCommand(resident, rule, PointsLimits.QUANTITY_MAX + 1, data.today(),
                null, null)), "quantity", "points.quantity.invalid");
        refused(() -> grants.grant(new GrantCommand(resident, rule, 1, null, null, null)), "date",
                "points.date.required");
        refused(() -> grants.grant(new GrantCommand(resident, rule, 1, data.today(),
                "注".repeat(PointsLimits.TEXT_MAX + 1), null)), "note", "points.text.tooLong");
    }

    @Test
    void aDebitOfNothingIsRefusedAndChangesNothing() {
        String community = "文峰塔社区";
        data.grantsPostAtOnce(community);
        long resident = data.newResident(community);
        long rule = data.uncappedRule(community).id();
        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> grants.grant(new GrantCommand(resident, rule, 1,
                data.today(), null, null)));
        Points before = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> points.balance(resident));

        refused(() -> transaction.executeWithoutResult(status -> points.debit(resident, null, "兑换", null)),
                "points", "points.amount.invalid");
        refused(() -> transaction.executeWithoutResult(status -> points.debit(resident, Points.ZERO, "兑换", null)),
                "points", "points.amount.invalid");
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> points.balance(resident))).isEqualTo(before);
    }
}
