package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.community.CommunityTestData;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.volunteer.ActivityDraft;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.ActivityType;
import org.cocreate.volunteer.ShiftDraft;
import org.cocreate.volunteer.VolunteerTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clean-up of 文峰塔社区 at the event, on two upright tablets (768×1024) at the same table: the worker opens
 * today's clean-up from 今日志愿活动, checks three volunteers in by a tap and a walk-in by scanning their card;
 * the second tablet sees the count change without a reload. One volunteer checks out, the activity is closed:
 * the one who never came is a no-show, and the four who came get the standard's points for taking part, reviewed
 * on the roster and sent in one bulk grant; an admin finds them in the approval queue. Screenshots of the tablets.
 */
class VolunteerJourneyIT extends BrowserJourney {

    private static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND_AND_A_HALF =
            new LocatorAssertions.ContainsTextOptions().setTimeout(1_500);

    @Autowired
    VolunteerTestData data;
    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PointsSettingsService pointsSettings;

    @Test
    void threeVolunteersAndAWalkInCheckedInWhileASecondTabletFollows() throws Exception {
        long wenfeng = communities.wenfeng();
        List<Long> people = jdbc.sql("select id from resident where community_id = ? order by id limit 5 offset 11")
                .param(wenfeng).query(Long.class).list();
        String walkInCard = jdbc.sql("select card_code from resident where id = ?").param(people.get(4))
                .query(String.class).single();
        ActivityEntry activity = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> {
            LocalDateTime start = data.now().plusMinutes(2);
            ActivityEntry created = data.rosters.createActivity(wenfeng, new ActivityDraft(
                    "每周六卫生大扫除 " + System.nanoTime() % 10_000, ActivityType.CLEAN_UP, "文峰塔广场", null, null,
                    null, start, start.plusHours(2)), List.of(new ShiftDraft("清扫", null, null, 10)));
            people.subList(0, 4).forEach(r -> data.rosters.signUp(created.shifts().getFirst().id(), r, false));
            return created;
        });
        long shift = activity.shifts().getFirst().id();
        CommunityPointsSettings usual = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> pointsSettings.settings(wenfeng));
        data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> pointsSettings.update(wenfeng,
                new CommunityPointsSettings(4, usual.noticeDays(), usual.expiryMonths())));

        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("volunteer/today"));
        page.locator("[data-testid='volunteer-activity-" + activity.id() + "']").click();
        assertThat(page.locator("[data-testid='roster-count']")).hasText("已到 0 人 / 应到 4 人");

        BrowserContext second = newContext(768, 1024);
        try {
            Page other = second.newPage();
            signIn(other, DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
            other.navigate(url("volunteer/activities/" + activity.id()));
            assertThat(other.locator("[data-testid='roster-count']")).hasText("已到 0 人 / 应到 4 人");

            for (int i = 0; i < 3; i++) {
                page.locator("[data-testid='roster-check-in-" + shift + "-" + people.get(i) + "']").click();
                assertThat(page.locator("[data-testid='roster-count']")).hasText("已到 " + (i + 1) + " 人 / 应到 4 人");
            }
            // A walk-in shows their card: the scanner types the code and presses Enter.
            var search = page.locator("[data-testid='resident-search'] input");
            search.fill(walkInCard);
            search.press("Enter");
            assertThat(page.locator("[data-testid='roster-count']")).hasText("已到 4 人 / 应到 5 人");
            assertThat(page.locator("[data-testid='roster-line-" + shift + "-" + people.get(4) + "']"))
                    .containsText("现场加入");
            screenshot("volunteer-roster-768x1024");

            // The other tablet counted them without a reload.
            assertThat(other.locator("[data-testid='roster-count']")).containsText("已到 4 人 / 应到 5 人",
                    WITHIN_A_SECOND_AND_A_HALF);
            Files.createDirectories(SCREENSHOTS);
            other.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    "volunteer-roster-second-tablet-768x1024.png")));

            page.locator("[data-testid='roster-check-out-" + shift + "-" + people.get(0) + "']").click();
            assertThat(page.locator("[data-testid='roster-line-" + shift + "-" + people.get(0) + "']"))
                    .containsText("已签退");
            assertThat(other.locator("[data-testid='roster-line-" + shift + "-" + people.get(0) + "']"))
                    .containsText("已签退", WITHIN_A_SECOND_AND_A_HALF);

            page.locator("[data-testid='roster-close']").click();
            page.locator("[data-testid='roster-close-confirm'] vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("[data-testid='roster-line-" + shift + "-" + people.get(3) + "']"))
                    .containsText("缺席");
            assertThat(page.locator("[data-testid='roster-close']")).isHidden();
            assertThat(other.locator("[data-testid='roster-line-" + shift + "-" + people.get(3) + "']"))
                    .containsText("缺席", WITHIN_A_SECOND_AND_A_HALF);
            screenshot("volunteer-roster-closed-768x1024");

            // The standard rewards taking part: the four who came, reviewed and sent in one bulk grant, all or
            // none. 文峰塔 asks an admin to approve grants above 4 points (for this journey): the admin finds them.
            assertThat(page.locator("[data-testid='roster-grant']")).containsText("为 4 位志愿者发放积分（参加卫生大扫除）");
            page.locator("[data-testid='roster-grant']").click();
            assertThat(page.locator("[data-testid='roster-grant-total']")).hasText("将为 4 人发放，共 20 分");
            screenshot("volunteer-grant-768x1024");
            page.locator("[data-testid='roster-grant-submit']").click();
            assertThat(page.locator("vaadin-notification-card").last())
                    .containsText("已为 4 人提交积分，共 20 分；其中 4 笔等待审批或公示");
            assertThat(page.locator("[data-testid='roster-grant']")).containsText("积分已发放（参加卫生大扫除）");

            BrowserContext admin = newContext(768, 1024);
            try {
                Page queue = admin.newPage();
                signIn(queue, DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
                queue.navigate(url("points/approvals"));
                for (long person : List.of(people.get(0), people.get(1), people.get(2), people.get(4))) {
                    String name = jdbc.sql("select name from resident where id = ?").param(person)
                            .query(String.class).single();
                    assertThat(queue.locator("[data-testid='approvals-cards']")).containsText(name);
                }
                screenshot(queue, "volunteer-approvals-768x1024");
            } finally {
                admin.close();
            }
        } finally {
            second.close();
            data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> pointsSettings.update(wenfeng, usual));
        }
    }
}
