package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The rule picker's order: the rules of the standard in effect, the most granted in 90 days first. */
@ServiceTest
class RulesInEffectByUseTest {

    private static final String WENFENG = "文峰塔社区";

    @Autowired
    ScoringStandardService standards;
    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    JdbcClient jdbc;

    private List<RuleEntry> byUse() {
        return data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> standards.rulesInEffectByUse(data.communities.community(WENFENG), data.today()));
    }

    /** Grants and ledger grants of the rule's lineage in the last 90 days, counted here independently. */
    private long usage(long ruleId) {
        return jdbc.sql("""
                select (select count(*) from point_grant g where g.rule_id = ? and g.created_at >= ?)
                     + (select count(*) from ledger_entry e where e.rule_id = ? and e.created_at >= ?
                          and e.kind in ('GRANT', 'DEDUCTION')
                          and not exists (select 1 from point_grant p where p.posted_entry_id = e.id))""")
                .params(ruleId, since(), ruleId, since()).query(Long.class).single();
    }

    private java.time.LocalDateTime since() {
        return data.today().minusDays(90).atStartOfDay();
    }

    @Test
    void theMostGrantedRuleComesFirstAndEveryRuleOfTheStandardIsThere() {
        List<RuleEntry> before = byUse();
        List<RuleEntry> standard = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> standards.rules(
                standards.inEffect(data.communities.community(WENFENG), data.today()).orElseThrow().id()));
        assertThat(before).extracting(RuleEntry::id)
                .containsExactlyInAnyOrderElementsOf(standard.stream().map(RuleEntry::id).toList());
        for (int i = 1; i < before.size(); i++) {
            assertThat(usage(before.get(i - 1).id())).isGreaterThanOrEqualTo(usage(before.get(i).id()));
        }

        // 拾金不昧 has no caps: enough grants to one resident make it the most granted rule.
        long found = data.rule(WENFENG, "拾金不昧").id();
        long top = usage(before.getFirst().id());
        long resident = data.newResident(WENFENG);
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            for (long n = usage(found); n <= top; n++) {
                grantService.grant(new GrantCommand(resident, found, 1, data.today(), null, null));
            }
        });

        assertThat(byUse().getFirst().id()).isEqualTo(found);
    }

    @Test
    void aWorkerOfAnotherCommunityIsRefused() {
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.LONGMEN_WORKER,
                () -> standards.rulesInEffectByUse(data.communities.community(WENFENG), data.today())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
