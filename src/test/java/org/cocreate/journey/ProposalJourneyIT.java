package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.cocreate.DemoUsers;
import org.cocreate.base.Names;
import org.cocreate.base.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker on a portrait tablet during a round of visits in 文峰塔社区: records a resident's proposal with a
 * photo, then a neighbour's on the same matter (the first shows as a likely duplicate), merges the second
 * into the first, adopts it with an answer published at once; the public page then shows the answer with the
 * proposer's name masked, on a tablet and on a phone.
 */
class ProposalJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    private void choose(String select, String item) {
        page.locator("[data-testid='" + select + "']").click();
        page.locator("vaadin-select-item:has-text('" + item + "')").first().click();
    }

    @Test
    void aProposalWithAPhotoAMergedDuplicateAnAdoptionAndThePublicAnswer() {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        String resident = jdbc.sql("""
                select name from resident r where community_id = ? and
                  (select count(*) from resident o where o.community_id = r.community_id and o.name = r.name) = 1
                order by id limit 1 offset 20""").param(wenfeng).query(String.class).single();
        String title = "楼下垃圾站异味重 " + System.nanoTime() % 10_000;

        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        // From the workbench, one tap: the bottom bar of a portrait tablet.
        page.locator("[data-testid='bottom-bar-newProposal']").click();
        page.locator("[data-testid='resident-search'] input").fill(resident);
        page.locator("[data-testid^='resident-result-']").first().click();
        assertThat(page.locator("[data-testid='proposal-proposer']")).containsText(resident);
        choose("proposal-category", "其他");
        page.locator("[data-testid='proposal-title'] input").fill(title);
        page.locator("[data-testid='proposal-body'] textarea").fill("夏天垃圾站异味很重，建议每天清运两次并加装除臭设施。");
        page.locator("[data-testid='proposal-photo'] input[type='file']").setInputFiles(
                new FilePayload("垃圾站.jpg", "image/jpeg", TestPictures.jpeg(1600, 1200)));
        assertThat(page.locator("[data-testid='proposal-photo-chosen']")).containsText("垃圾站.jpg");
        screenshot("proposal-intake-768x1024");
        page.locator("[data-testid='proposal-save']").click();
        assertThat(page.locator(".view-toolbar h1")).hasText(title);
        assertThat(page.locator("img.proposal-photo")).hasCount(1);
        String first = page.url();

        // The neighbour says the same: the first shows while the title is typed.
        page.navigate(url("proposals/new"));
        page.locator("[data-testid='proposal-anonymous']").click();
        assertThat(page.locator("[data-testid='proposal-anonymous']")).hasAttribute("checked", "");
        choose("proposal-category", "其他");
        page.locator("[data-testid='proposal-title'] input").fill("垃圾站异味重");
        page.locator("[data-testid='proposal-title'] input").press("Tab");
        assertThat(page.locator("[data-testid='proposal-duplicates']")).containsText(title);
        screenshot("proposal-duplicates-768x1024");
        page.locator("[data-testid='proposal-body'] textarea").fill("同上，异味影响开窗。");
        page.locator("[data-testid='proposal-save']").click();
        assertThat(page.locator(".view-toolbar h1")).hasText("垃圾站异味重");

        page.locator("[data-testid='proposal-merge']").click();
        Locator into = page.locator("[data-testid='proposal-merge-into'] input");
        into.fill(title);
        page.locator("vaadin-combo-box-item:has-text('" + title + "')").first().click();
        page.locator("[data-testid='proposal-merge-save']").click();
        assertThat(page.locator(".view-toolbar h1")).hasText(title);
        assertThat(page).hasURL(first);
        assertThat(page.locator("[data-testid='proposal-history']")).containsText("并入了其他提议：垃圾站异味重");

        page.locator("[data-testid='proposal-move-ADOPTED']").click();
        page.locator("[data-testid='proposal-move-save']").click();
        assertThat(page.locator("vaadin-text-area[data-testid='proposal-move-answer']"))
                .containsText("请填写答复");
        page.locator("[data-testid='proposal-move-answer'] textarea").fill("同意。已协调环卫所每天清运两次，下周加装除臭设施。");
        page.locator("[data-testid='proposal-move-publish'] label").click();
        assertThat(page.locator("[data-testid='proposal-move-publish']")).hasAttribute("checked", "");
        page.locator("[data-testid='proposal-move-save']").click();
        assertThat(page.locator("[data-testid='proposal-answer']")).containsText("已公开");
        screenshot("proposal-adopted-768x1024");

        // The public page: the answer, the proposer masked, on the tablet and on a phone.
        for (int[] size : new int[][] {{768, 1024}, {390, 844}}) {
            context.close();
            context = newContext(size[0], size[1]);
            page = context.newPage();
            page.navigate(url("public/points/" + wenfeng));
            Locator shown = page.locator(".public-proposal:has-text('" + title + "')");
            assertThat(shown).containsText("同意。已协调环卫所每天清运两次");
            assertThat(shown).containsText(Names.masked(resident));
            assertThat(shown).not().containsText(resident);
            shown.scrollIntoViewIfNeeded();
            screenshot("proposal-public-" + size[0] + "x" + size[1]);
        }
        page.locator("[data-testid='lang-en']").click();
        assertThat(page.locator("#public-proposals")).containsText("Proposals and answers");
        screenshot("proposal-public-390x844-en");
        assertNoCspViolation("proposals");
    }
}
