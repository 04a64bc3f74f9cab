package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import org.cocreate.DemoUsers;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.cocreate.proposal.ProposalDraft;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalService;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two workers of 文峰塔社区 during a round of visits, their tablets signed in on different nodes of the
 * sub-district: a proposal taken down through node A appears on the board open on node B, and the adoption
 * tapped on node A's tablet shows on the same proposal's page on node B, each within a second and a half,
 * without a reload.
 */
class ProposalsAcrossNodesIT extends AcrossNodesJourney {

    private static final LocatorAssertions.ContainsTextOptions WITHIN = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(1_500);

    @Test
    void aProposalTakenDownAndAdoptedOnNodeAShowsOnTheBoardAndPageOfNodeB() throws IOException {
        JdbcClient jdbc = nodes.a.getBean(JdbcClient.class);
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        String title = "两个节点：楼道堆物清理 " + System.nanoTime() % 10_000;

        try (BrowserContext tabletA = tablet(); BrowserContext tabletB = tablet()) {
            Page onB = tabletB.newPage();
            signIn(onB, nodes.b, DemoUsers.WENFENG_WORKER);
            onB.navigate(url(nodes.b, "proposals"));
            onB.locator("[data-testid='proposals-search'] input").fill(title);
            Locator board = onB.locator("[data-testid='proposals-grid']");
            assertThat(board).not().containsText(title);

            // Taken down through node A (the other worker's tablet).
            ProposalEntry entry = new RunAs(nodes.a.getBean(UserDetailsService.class)).get(DemoUsers.WENFENG_WORKER,
                    () -> nodes.a.getBean(ProposalService.class).submit(wenfeng, new ProposalDraft(null,
                            ProposalCategory.SAFETY, ProposalChannel.VISIT, title, "居民反映楼道堆放杂物，存在消防隐患。",
                            null)));
            long submitted = System.currentTimeMillis();
            assertThat(board).containsText(title, WITHIN);
            System.out.printf("Across nodes: the proposal on node B's board %d ms after it was saved on node A%n",
                    System.currentTimeMillis() - submitted);

            // Both open it; node A's tablet adopts it.
            onB.navigate(url(nodes.b, "proposals/" + entry.id()));
            assertThat(onB.locator(".proposal-summary")).containsText("已登记");
            Page onA = tabletA.newPage();
            signIn(onA, nodes.a, DemoUsers.WENFENG_WORKER);
            onA.navigate(url(nodes.a, "proposals/" + entry.id()));
            onA.locator("[data-testid='proposal-move-ADOPTED']").click();
            onA.locator("[data-testid='proposal-move-answer'] textarea").fill("同意，本周内组织清理。");
            onA.locator("[data-testid='proposal-move-save']").click();
            assertThat(onA.locator(".proposal-summary")).containsText("已采纳");
            long adopted = System.currentTimeMillis();

            assertThat(onB.locator(".proposal-summary")).containsText("已采纳", WITHIN);
            assertThat(onB.locator("[data-testid='proposal-answer']")).containsText("同意，本周内组织清理。", WITHIN);
            System.out.printf("Across nodes: the adoption on node B's page %d ms after node A's tablet showed it%n",
                    System.currentTimeMillis() - adopted);
            screenshot(onB, "proposal-two-nodes-adopted-on-b");
        }
    }
}
