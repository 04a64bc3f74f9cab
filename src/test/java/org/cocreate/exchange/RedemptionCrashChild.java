package org.cocreate.exchange;

import java.time.LocalDate;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.KillNine;
import org.cocreate.points.GrantService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.ScoringStandardService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child JVM of RedemptionCrashTest: the application on an H2 file, redeeming two-item baskets one after
 * another at a redemption day and printing "ACK key" only after each redemption has committed, until it is
 * killed. The first round sets the stage: points for every resident, two items with ample stock, an open day.
 * Arguments: the H2 file path and the round number.
 */
public final class RedemptionCrashChild {

    static final String PLACE = "crash-test";
    static final String KEY_PREFIX = "xcrash-";

    private RedemptionCrashChild() {
    }

    public static void main(String[] args) {
        KillNine.child(args, RedemptionCrashChild::run);
    }

    private static void run(ConfigurableApplicationContext context, String round) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> residents = jdbc.sql("select id from resident where community_id = ? order by id")
                .param(community).query(Long.class).list();
        CatalogueService catalogue = context.getBean(CatalogueService.class);
        RedemptionService redemptions = context.getBean(RedemptionService.class);
        long sessionId = jdbc.sql("select id from redemption_session where place = ? and status = 'OPEN'")
                .param(PLACE).query(Long.class).optional()
                .orElseGet(() -> setTheStage(context, community, residents));

        KillNine.signIn(context, DemoUsers.COUNTER);
        List<Long> items = jdbc.sql("select item_id from session_item where session_id = ? order by item_id")
                .param(sessionId).query(Long.class).list();
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            String key = KEY_PREFIX + round + "-" + i;
            redemptions.redeem(new RedeemCommand(sessionId, residents.get(i % residents.size()),
                    List.of(new BasketLine(items.get(0), 1 + i % 2), new BasketLine(items.get(1), 1)), key,
                    "1号台"));
            System.out.println("ACK " + key);
            System.out.flush();
        }
    }

    /** Points for every resident (posted at once), two items with ample stock, and an open redemption day. */
    private static long setTheStage(ConfigurableApplicationContext context, long community, List<Long> residents) {
        KillNine.signIn(context, DemoUsers.WENFENG_ADMIN);
        context.getBean(PointsSettingsService.class).update(community, new CommunityPointsSettings(1_000_000, 0, null));
        ScoringStandardService standards = context.getBean(ScoringStandardService.class);
        var draft = standards.draft(community, "crash-test");
        var rule = standards.addRule(draft.id(), new RuleDraft(RuleCategory.VOLUNTEERING, "crash-test", null,
                Points.of(100), false, null, null, false, false, null));
        standards.adopt(draft.id(), LocalDate.now(), "crash test");
        GrantService grantService = context.getBean(GrantService.class);
        for (long resident : residents) {
            grantService.grant(new GrantCommand(resident, rule.id(), 1, LocalDate.now(), null, "xcrash-points-" + resident));
        }
        CatalogueService catalogue = context.getBean(CatalogueService.class);
        RedemptionService redemptions = context.getBean(RedemptionService.class);
        var offer = new java.util.ArrayList<OfferedItem>();
        for (int i = 1; i <= 2; i++) {
            CatalogueItem item = catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, "crash-item-" + i, "pc",
                    Points.of(1), null, 0, true));
            catalogue.receive(item.id(), 100_000, null, "crash test");
            offer.add(new OfferedItem(item.id(), null, 100_000, null));
        }
        return redemptions.openSession(community, LocalDate.now(), PLACE, offer).id();
    }
}
