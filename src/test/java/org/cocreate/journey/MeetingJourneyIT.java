package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.cocreate.DemoUsers;
import org.cocreate.community.CommunityTestData;
import org.cocreate.meeting.ItemDraft;
import org.cocreate.meeting.ItemEntry;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingTestData;
import org.cocreate.meeting.MeetingType;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A residents' consultation of 文峰塔社区 in four browsers: the secretary's landscape tablet, the room's projector
 * (1920×1080) and three members' phones. Two of three members come in (one by card scan, one by a tap), the
 * quorum shows on the tablet and the projector, the vote on a proposal opens; the secretary shows each member
 * their ballot QR code, and shows the second one again because it was scanned with the wrong phone, whose link
 * then no longer works. Both members vote from their phones; the tablet and the projector count them without a
 * reload; the item closes, the projector shows the result and the proposal is adopted. The minutes' print view
 * lists both votes, and the Word file downloaded in the browser, opened with POI, has them too; then the same in
 * English. Screenshots of the tablet, the phones and the projector.
 */
class MeetingJourneyIT extends BrowserJourney {

    private static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND_AND_A_HALF =
            new LocatorAssertions.ContainsTextOptions().setTimeout(1_500);

    @Autowired
    MeetingTestData data;
    @Autowired
    ProposalTestData proposals;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoMembersVoteFromTheirPhonesWhileTheTabletAndTheProjectorCountLive() throws Exception {
        List<Long> members = data.residents(CommunityTestData.WENFENG, 44, 3);
        List<String> names = new ArrayList<>();
        for (long member : members) {
            names.add(jdbc.sql("select name from resident where id = ?").param(member).query(String.class).single());
        }
        String card = jdbc.sql("select card_code from resident where id = ?").param(members.getFirst())
                .query(String.class).single();
        var proposal = proposals.submit(proposals.compound(CommunityTestData.WENFENG, 0), ProposalCategory.PARKING,
                proposals.uniqueTitle("晚间临时停车方案"), null);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, members);
        ItemEntry item = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> {
            data.meetings.open(meeting.id());
            return data.meetings.addItem(meeting.id(), ItemDraft.proposal(proposal.id()));
        });

        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("meetings/" + meeting.id()));
        assertThat(page.locator("[data-testid='meeting-quorum']")).containsText("未达法定人数");
        BrowserContext room = newContext(1920, 1080);
        List<BrowserContext> phones = new ArrayList<>();
        try {
            Page projector = room.newPage();
            signIn(projector, DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
            projector.navigate(url("meetings/" + meeting.id() + "/screen"));
            assertThat(projector.locator("[data-testid='screen-quorum']")).containsText("实到 0 人 / 应到 3 人");

            // The first member shows their card (the scanner types its code and Enter), the second is tapped in.
            var search = page.locator("[data-testid='resident-search'] input");
            search.fill(card);
            search.press("Enter");
            assertThat(page.locator("[data-testid='meeting-member-" + members.get(0) + "']")).containsText("已签到");
            page.locator("[data-testid='meeting-check-in-" + members.get(1) + "']").click();
            assertThat(page.locator("[data-testid='meeting-member-" + members.get(1) + "']")).containsText("已签到");
            assertThat(page.locator("[data-testid='meeting-quorum']")).containsText("已达法定人数");
            assertThat(page.locator("[data-testid='meeting-quorum']")).containsText("实到 2 人");
            assertThat(projector.locator("[data-testid='screen-quorum']"))
                    .containsText("实到 2 人 / 应到 3 人", WITHIN_A_SECOND_AND_A_HALF);
            assertThat(projector.locator("[data-testid='screen-quorum']")).containsText("已达法定人数");
            page.locator("[data-testid='meeting-vote-open-" + item.id() + "']").click();
            assertThat(page.locator("[data-testid='meeting-tally-" + item.id() + "']")).containsText("未投 2");
            assertThat(projector.locator("[data-testid='screen-current']")).containsText(proposal.title(),
                    WITHIN_A_SECOND_AND_A_HALF);

            String first = ballotLink(members.get(0), true);
            String scannedByTheWrongPhone = ballotLink(members.get(1), false);
            Page wrongPhone = phone(phones, scannedByTheWrongPhone);
            assertThat(wrongPhone.locator("[data-testid='ballot-item']")).hasText(proposal.title());
            // Shown again: the new code replaces the old one, which stops working.
            String second = ballotLink(members.get(1), false);
            Assertions.assertThat(second).isNotEqualTo(scannedByTheWrongPhone);

            Page firstPhone = phone(phones, first);
            assertThat(firstPhone.locator("[data-testid='ballot-member']")).containsText(names.get(0));
            firstPhone.locator("[data-testid='ballot-for']").click();
            assertThat(firstPhone.locator("[data-testid='ballot-your-vote']")).containsText("赞成");
            assertThat(projector.locator("[data-testid='screen-count-for']")).hasText("1");
            Files.createDirectories(SCREENSHOTS);
            firstPhone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("meeting-ballot-390x844.png")));

            Page secondPhone = phone(phones, second);
            secondPhone.locator("[data-testid='ballot-against']").click();
            assertThat(secondPhone.locator("[data-testid='ballot-your-vote']")).containsText("反对");
            assertThat(projector.locator("[data-testid='screen-count-against']")).hasText("1");
            // Changed on second thought, before the close.
            secondPhone.locator("[data-testid='ballot-for']").click();
            assertThat(secondPhone.locator("[data-testid='ballot-your-vote']")).containsText("赞成");

            // The old link counts nothing: the phone that has it is told it is no longer valid.
            if (wrongPhone.locator("[data-testid='ballot-for']").isVisible()) {
                wrongPhone.locator("[data-testid='ballot-for']").click();
            }
            assertThat(wrongPhone.locator("[data-testid='ballot-invalid']")).hasText("这个表决链接已经失效");
            wrongPhone.screenshot(new Page.ScreenshotOptions().setPath(
                    SCREENSHOTS.resolve("meeting-ballot-revoked-390x844.png")));

            // The tablet and the projector counted both votes without a reload.
            assertThat(page.locator("[data-testid='meeting-tally-" + item.id() + "']"))
                    .containsText("赞成 2 · 反对 0 · 弃权 0 · 未投 0", WITHIN_A_SECOND_AND_A_HALF);
            assertThat(projector.locator("[data-testid='screen-count-for']")).hasText("2");
            assertThat(projector.locator("[data-testid='screen-count-against']")).hasText("0");
            screenshot("meeting-voting-1024x768");
            projector.screenshot(new Page.ScreenshotOptions().setPath(
                    SCREENSHOTS.resolve("meeting-screen-voting-1920x1080.png")));

            page.locator("[data-testid='meeting-vote-close-" + item.id() + "']").click();
            page.locator("[data-testid='meeting-vote-owner'] input").fill("小区业委会");
            // Once the dialog has finished opening (its fade-in), as the secretary sees it.
            page.waitForFunction("() => !document.querySelector('[opening]')");
            screenshot("meeting-vote-close-1024x768");
            page.locator("[data-testid='meeting-vote-close-save']").click();
            assertThat(page.locator("[data-testid='meeting-item-" + item.id() + "']")).containsText("表决通过");
            assertThat(projector.locator("[data-testid='screen-result']")).hasText("表决通过",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(1_500));
            projector.screenshot(new Page.ScreenshotOptions().setPath(
                    SCREENSHOTS.resolve("meeting-screen-result-1920x1080.png")));
            // The phones are told the vote is over.
            assertThat(firstPhone.locator("[data-testid='ballot-waiting']")).isVisible();

            // A phone in English.
            secondPhone.locator("[data-testid='lang-en']").click();
            // The page reloads in English: wait for the new page, not the one going.
            assertThat(secondPhone.locator("[data-testid='ballot-waiting']")).containsText("Nothing is being voted on");
            secondPhone.waitForLoadState();
            secondPhone.bringToFront();
            secondPhone.screenshot(new Page.ScreenshotOptions().setPath(
                    SCREENSHOTS.resolve("meeting-ballot-waiting-390x844-en.png")));
        } finally {
            phones.forEach(BrowserContext::close);
            room.close();
        }
        page.navigate(url("proposals/" + proposal.id()));
        assertThat(page.locator(".proposal-summary")).containsText("已采纳");
        screenshot("meeting-proposal-adopted-1024x768");

        // The minutes: both votes in the print view and in the Word file.
        page.navigate(url("meetings/" + meeting.id() + "/minutes"));
        Locator minutes = page.locator("[data-testid='minutes-item-" + item.id() + "']");
        assertThat(minutes).containsText(names.get(0));
        assertThat(minutes).containsText(names.get(1));
        assertThat(minutes.locator(".minutes-vote")).hasCount(2);
        assertThat(minutes).containsText("负责落实：小区业委会");
        assertThat(minutes.locator(".minutes-vote").first()).containsText("赞成");
        assertThat(minutes.locator(".minutes-vote").last()).containsText("赞成");
        screenshot("meeting-minutes-1024x768");
        String word = wordText();
        Assertions.assertThat(word).contains(proposal.title(), "表决通过", names.get(0) + "\t赞成",
                names.get(1) + "\t赞成", "负责落实：小区业委会");
        Assertions.assertThat(word).contains("缺席：" + names.get(2));

        // And in English.
        try {
            page.navigate(url("meetings"));
            page.locator("[data-testid='lang-en']").click();
            assertThat(page.locator("vaadin-side-nav")).containsText("Workbench");
            page.navigate(url("meetings/" + meeting.id() + "/minutes"));
            assertThat(minutes.locator(".minutes-vote").first()).containsText("For");
            assertThat(minutes).containsText("Adopted");
            screenshot("meeting-minutes-1024x768-en");
            Assertions.assertThat(wordText()).contains(proposal.title(), "Adopted", names.get(0) + "\tFor",
                    names.get(1) + "\tFor");
        } finally {
            // Back to Chinese, so that other journeys of this user start as a new user would.
            jdbc.sql("update app_user set locale = 'zh-CN' where username = ?").param(DemoUsers.WENFENG_WORKER).update();
        }
    }

    /** The member's ballot link from the QR dialog on the tablet (a new one each time); closes the dialog. */
    private String ballotLink(long member, boolean screenshot) {
        page.locator("[data-testid='meeting-ballot-" + member + "']").click();
        String link = page.locator("[data-testid='meeting-ballot-link']").getAttribute("href");
        if (screenshot) {
            screenshot("meeting-ballot-qr-1024x768");
        }
        page.keyboard().press("Escape");
        assertThat(page.locator("[data-testid='meeting-ballot-link']")).isHidden();
        return link;
    }

    private Page phone(List<BrowserContext> phones, String link) {
        BrowserContext phone = newContext(390, 844);
        phones.add(phone);
        Page onPhone = phone.newPage();
        onPhone.navigate(link);
        return onPhone;
    }

    /** The text of the Word minutes the print view's button downloads, as Word would open it. */
    private String wordText() throws Exception {
        Download download = page.waitForDownload(() -> page.locator("[data-testid='minutes-word']").click());
        Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        try (InputStream in = download.createReadStream(); var document = new XWPFDocument(in);
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
