package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.cocreate.DemoUsers;
import org.cocreate.base.Names;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grant's way in a real browser: a worker grants a resident on a portrait tablet; it waits for approval
 * (拾金不昧 always does); another user, the community's admin, approves it; the public page, opened without
 * signing in, shows it on notice with the resident's name masked.
 */
class PointsJourneyIT extends BrowserJourney {

    private static final String RULE = "拾金不昧";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkerGrantsOnATabletAnAdminApprovesAndThePublicSeesTheMaskedNotice() {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        // A resident with a name nobody else in the community has, so that the search finds just them.
        var resident = jdbc.sql("""
                select r.id, r.name from resident r where r.community_id = ?
                  and not exists (select 1 from point_grant g where g.resident_id = r.id)
                  and (select count(*) from resident o where o.name = r.name) = 1
                order by r.id""").param(wenfeng)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list().getFirst();
        long residentId = (Long) resident[0];
        String name = (String) resident[1];
        long rule = jdbc.sql("""
                select r.id from scoring_rule r join scoring_standard s on s.id = r.standard_id
                where s.community_id = ? and s.status = 'ADOPTED' and r.name = ?""").params(wenfeng, RULE)
                .query(Long.class).single();

        // The worker, on a portrait tablet.
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("points/grant"));
        page.locator("[data-testid='resident-search'] input").fill(name);
        page.locator("[data-testid='resident-result-" + residentId + "']").click();
        assertThat(page.locator("[data-testid='grant-resident-name']")).hasText(name);
        page.locator("[data-testid='rule-" + rule + "']").click();
        assertThat(page.locator("[data-testid='grant-total']")).containsText("+20");
        screenshot("points-grant-filled-768x1024");
        page.locator("[data-testid='grant-submit']").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("已提交审批");
        screenshot("points-grant-submitted-768x1024");
        long grant = jdbc.sql("select id from point_grant where resident_id = ? and status = 'PENDING_APPROVAL'")
                .param(residentId).query(Long.class).single();

        // The community's admin, a different user, approves it.
        context.close();
        context = newContext(1024, 768);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
        page.navigate(url("points/approvals"));
        Locator card = page.locator("[data-testid='approvals-card-" + grant + "']");
        assertThat(card).containsText(name);
        assertThat(card).containsText(RULE);
        screenshot("points-approvals-1024x768");
        card.locator("[data-testid='approvals-approve']").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("已批准");
        assertThat(card).hasCount(0);
        assertThat(jdbc.sql("select status from point_grant where id = ?").param(grant).query(String.class).single())
                .isEqualTo("NOTICE");

        // Anybody, without signing in: the notice board shows it with the name masked.
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        page.navigate(url("public/points/" + wenfeng));
        Locator board = page.locator("#public-notices");
        assertThat(board).containsText(Names.masked(name));
        assertThat(board).containsText(RULE);
        assertThat(board).not().containsText(name);
        screenshot("points-public-notice-768x1024");
    }
}
