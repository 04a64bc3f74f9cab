package org.cocreate.points;

import java.time.LocalDate;
import org.cocreate.DemoUsers;
import org.cocreate.KillNine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child JVM of GrantCrashTest: the application on an H2 file, posting grants one after another and
 * printing "ACK key" only after each grant's transaction has committed, until it is killed.
 * Arguments: the H2 file path and the round number.
 */
public final class GrantCrashChild {

    private GrantCrashChild() {
    }

    public static void main(String[] args) {
        KillNine.child(args, GrantCrashChild::run);
    }

    private static void run(ConfigurableApplicationContext context, String round) {
        KillNine.signIn(context, DemoUsers.WENFENG_ADMIN);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        ScoringStandardService standards = context.getBean(ScoringStandardService.class);
        // One uncapped rule (made in the first round), so that every grant is allowed.
        long ruleId = jdbc.sql("select id from scoring_rule where name = 'crash-test'").query(Long.class).optional()
                .orElseGet(() -> {
                    StandardEntry draft = standards.draft(community, "crash-test");
                    RuleEntry rule = standards.addRule(draft.id(), new RuleDraft(RuleCategory.VOLUNTEERING,
                            "crash-test", null, Points.of(3), false, null, null, false, false, null));
                    standards.adopt(draft.id(), LocalDate.now(), "crash test");
                    return rule.id();
                });
        // Grants post at once, so that every acknowledged grant is a ledger entry.
        context.getBean(PointsSettingsService.class).update(community, new CommunityPointsSettings(1_000_000, 0, null));
        var residents = jdbc.sql("select id from resident where community_id = ? order by id").param(community)
                .query(Long.class).list();
        KillNine.signIn(context, DemoUsers.WENFENG_WORKER);
        GrantService grantService = context.getBean(GrantService.class);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            String key = "crash-" + round + "-" + i;
            grantService.grant(new GrantCommand(residents.get(i % residents.size()), ruleId, 1, LocalDate.now(), null,
                    key));
            System.out.println("ACK " + key);
            System.out.flush();
        }
    }
}
