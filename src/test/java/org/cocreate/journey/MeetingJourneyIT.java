package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A residents' consultation of 文峰塔社区: the secretary's landscape tablet and two members' phones. Two of
 * three members are checked in (the quorum shows), the vote on a proposal opens, the secretary shows each
 * member their ballot QR code, both vote from their phones (by the link the code carries) and the tablet
 * counts them without a reload; the item closes and the proposal is adopted. Screenshots of the tablet and the
 * phones, in Chinese and (a phone) in English.
 */
class MeetingJourneyIT extends BrowserJourney {

    private static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND_AND_A_HALF =
            new LocatorAssertions.ContainsTextOptions().setTimeout(1_500);

    @Autowired
    MeetingTestData data;
    @Autowired
    ProposalTestData proposals;

    @Test
    void twoMembersVoteFromTheirPhonesAndTheTabletCountsThemLive() throws Exception {
        List<Long> members = data.residents(CommunityTestData.WENFENG, 44, 3);
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
        for (int i = 0; i < 2; i++) {
            page.locator("[data-testid='meeting-check-in-" + members.get(i) + "']").click();
            assertThat(page.locator("[data-testid='meeting-member-" + members.get(i) + "']")).containsText("已签到");
        }
        assertThat(page.locator("[data-testid='meeting-quorum']")).containsText("已达法定人数");
        assertThat(page.locator("[data-testid='meeting-quorum']")).containsText("实到 2 人");
        page.locator("[data-testid='meeting-vote-open-" + item.id() + "']").click();
        assertThat(page.locator("[data-testid='meeting-tally-" + item.id() + "']")).containsText("未投 2");

        List<String> links = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            page.locator("[data-testid='meeting-ballot-" + members.get(i) + "']").click();
            links.add(page.locator("[data-testid='meeting-ballot-link']").getAttribute("href"));
            if (i == 0) {
                screenshot("meeting-ballot-qr-1024x768");
            }
            page.keyboard().press("Escape");
        }

        List<BrowserContext> phones = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                BrowserContext phone = newContext(390, 844);
                phones.add(phone);
                Page onPhone = phone.newPage();
                onPhone.navigate(links.get(i));
                assertThat(onPhone.locator("[data-testid='ballot-item']")).hasText(proposal.title());
                onPhone.locator("[data-testid='ballot-" + (i == 0 ? "for" : "against") + "']").click();
                assertThat(onPhone.locator("[data-testid='ballot-your-vote']")).containsText(i == 0 ? "赞成" : "反对");
                if (i == 1) {
                    // Changed on second thought, before the close.
                    onPhone.locator("[data-testid='ballot-for']").click();
                    assertThat(onPhone.locator("[data-testid='ballot-your-vote']")).containsText("赞成");
                    onPhone.locator("[data-testid='lang-en']").click();
                    assertThat(onPhone.locator("[data-testid='ballot-your-vote']")).containsText("Your vote: For");
                    Files.createDirectories(SCREENSHOTS);
                    onPhone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                            "meeting-ballot-390x844-en.png")));
                } else {
                    Files.createDirectories(SCREENSHOTS);
                    onPhone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                            "meeting-ballot-390x844.png")));
                }
            }
            // The tablet counted both without a reload.
            assertThat(page.locator("[data-testid='meeting-tally-" + item.id() + "']"))
                    .containsText("赞成 2 · 反对 0 · 弃权 0 · 未投 0", WITHIN_A_SECOND_AND_A_HALF);
            screenshot("meeting-voting-1024x768");

            page.locator("[data-testid='meeting-vote-close-" + item.id() + "']").click();
            page.locator("[data-testid='meeting-vote-close-save']").click();
            assertThat(page.locator("[data-testid='meeting-item-" + item.id() + "']")).containsText("表决通过");
            // The phones are told the vote is over.
            Page first = phones.getFirst().pages().getFirst();
            assertThat(first.locator("[data-testid='ballot-waiting']")).isVisible();
        } finally {
            phones.forEach(BrowserContext::close);
        }
        page.navigate(url("proposals/" + proposal.id()));
        assertThat(page.locator(".proposal-summary")).containsText("已采纳");
        screenshot("meeting-proposal-adopted-1024x768");
    }
}
