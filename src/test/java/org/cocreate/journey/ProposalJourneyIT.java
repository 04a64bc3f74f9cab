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
    @Autowired
    org.cocreate.proposal.ProposalTestData data;

    private void choose(String select, String item) {
        page.locator("[data-testid='" + select + "']").click();
        // The items of the select just opened: other selects keep theirs, hidden.
        page.locator("vaadin-select-item:has-text('" + item + "') >> visible=true").first().click();
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
        // The proposal's own address, once the browser's history has it (it can follow the page's redraw).
        page.waitForURL(java.util.regex.Pattern.compile(".*/proposals/[0-9]+$"));
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

    /**
     * The same proposal's second half, in English on a landscape tablet: the grants offered on adoption, the
     * work started, its owner and budget (a budget that is not a number refused at its field), a progress
     * report with a photo, done, two residents' verdicts, closed; the public page on a phone then shows the
     * report's photo and the verdicts counted.
     */
    @Test
    void anAdoptedProposalCarriedOutAndJudgedInEnglish() {
        long wenfeng = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        java.util.List<Long> residents = data.residents(org.cocreate.community.CommunityTestData.WENFENG, 30)
                .subList(26, 30);
        String owner = jdbc.sql("select name from organisation where community_id = ? order by id limit 1")
                .param(wenfeng).query(String.class).single();
        String title = "修缮小区凉亭 " + System.nanoTime() % 10_000;
        String supporter = jdbc.sql("select name from resident where id = ?").param(residents.get(1))
                .query(String.class).single();
        var entry = data.submit(data.compound(org.cocreate.community.CommunityTestData.WENFENG, 0),
                org.cocreate.proposal.ProposalCategory.CULTURE, title, residents.get(0));
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            data.proposals.addSupporter(entry.id(), residents.get(1));
            data.proposals.changeStatus(entry.id(), org.cocreate.proposal.ProposalStatus.ADOPTED,
                    "Agreed: the owners' committee repairs the pavilion.", true);
        });

        context.close();
        context = newContext(1024, 768);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.locator("[data-testid='lang-en']").click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Workbench");
        try {
            page.navigate(url("proposals/" + entry.id()));
            assertThat(page.locator(".view-toolbar h1")).hasText(title);
            assertThat(page.locator("[data-testid='proposal-grant']")).containsText("Grant points to the proposer");
            assertThat(page.locator("[data-testid='proposal-grant-supporters']"))
                    .containsText("Grant points to the supporter");
            screenshot("proposal-adopted-grants-1024x768-en");
            // One supporter: the grant screen with the supporter chosen (several would open the bulk grant).
            page.locator("[data-testid='proposal-grant-supporters']").click();
            assertThat(page.locator(".view-toolbar h1")).hasText("Grant points");
            assertThat(page.locator(".grant-view")).containsText(supporter);
            assertThat(page.locator("vaadin-button.selected")).containsText("附议的建议被采纳");
            page.navigate(url("proposals/" + entry.id()));

            page.locator("[data-testid='proposal-move-IN_PROGRESS']").click();
            page.locator("[data-testid='proposal-move-save']").click();
            assertThat(page.locator("[data-testid='proposal-set-execution']")).isVisible();

            page.locator("[data-testid='proposal-set-execution']").click();
            page.locator("[data-testid='execution-owner'] input").fill(owner);
            page.locator("vaadin-combo-box-item:has-text('" + owner + "')").first().click();
            page.locator("[data-testid='execution-budget'] input").fill("fifty thousand");
            page.locator("[data-testid='execution-save']").click();
            assertThat(page.locator("vaadin-text-field[data-testid='execution-budget']"))
                    .containsText("Enter the budget");
            page.locator("[data-testid='execution-budget'] input").fill("8,000");
            choose("execution-source-0", "Community");
            page.locator("[data-testid='execution-amount-0'] input").fill("5000");
            choose("execution-source-1", "Residents");
            page.locator("[data-testid='execution-amount-1'] input").fill("3000");
            screenshot("proposal-execution-dialog-1024x768-en");
            page.locator("[data-testid='execution-save']").click();
            assertThat(page.locator("[data-testid='proposal-execution']")).containsText("8,000.00");
            assertThat(page.locator("[data-testid='proposal-execution']")).containsText(owner);

            page.locator("[data-testid='proposal-report-progress']").click();
            page.locator("[data-testid='progress-text'] textarea").fill("The roof tiles are replaced; painting next week.");
            page.locator("[data-testid='progress-photo'] input[type='file']").setInputFiles(
                    new FilePayload("pavilion.jpg", "image/jpeg", TestPictures.jpeg(1600, 1200)));
            assertThat(page.locator("[data-testid='progress-photo-chosen']")).containsText("pavilion.jpg");
            page.locator("[data-testid='progress-save']").click();
            assertThat(page.locator("[data-testid='proposal-progress'] img.proposal-photo")).hasCount(1);

            page.locator("[data-testid='proposal-move-DONE']").click();
            page.locator("[data-testid='proposal-move-answer'] textarea").fill("The pavilion is repaired and painted.");
            page.locator("[data-testid='proposal-move-publish'] label").click();
            page.locator("[data-testid='proposal-move-save']").click();

            for (String verdict : new String[] {"Satisfied", "Partly satisfied"}) {
                page.locator("[data-testid='proposal-evaluate']").click();
                page.locator("[data-testid='evaluation-verdict'] vaadin-radio-button:has-text('" + verdict + "') label")
                        .first().click();
                page.locator("[data-testid='evaluation-save']").click();
            }
            assertThat(page.locator("[data-testid='proposal-execution']")).containsText("Satisfied 1 · partly 1 · not 0");
            screenshot("proposal-done-evaluations-1024x768-en");
            page.locator("[data-testid='proposal-close-evaluation']").click();
            assertThat(page.locator(".proposal-summary")).containsText("Evaluated");
        } finally {
            // Back to Chinese, so that other journeys of this user start as a new user would.
            jdbc.sql("update app_user set locale = 'zh-CN' where username = ?").param(DemoUsers.WENFENG_WORKER).update();
        }

        context.close();
        context = newContext(390, 844);
        page = context.newPage();
        page.navigate(url("public/points/" + wenfeng));
        page.locator("[data-testid='lang-en']").click();
        Locator shown = page.locator(".public-proposal:has-text('" + title + "')");
        assertThat(shown).containsText("Verdicts of residents (2): Satisfied 1 · partly 1 · not 0");
        assertThat(shown).containsText("The roof tiles are replaced");
        assertThat(shown.locator("img.proposal-photo")).hasCount(1);
        shown.scrollIntoViewIfNeeded();
        screenshot("proposal-public-evaluated-390x844-en");
        assertNoCspViolation("proposal execution");
    }
}
