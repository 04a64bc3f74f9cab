package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's 文峰小区加装电梯业主大会 (a renovation: two thirds must take part, and three quarters of those agree,
 * by area and by heads) on the worker's and the admin's upright tablets (768×1024) and an owner's phone (390×844).
 * The worker on the round records a paper with nothing ticked: refused at the item, nothing recorded; ticked 同意,
 * it is. A second door abstains on paper; at a third the worker shows the unit's QR code and the owner votes 反对
 * on their phone. Two more 同意 (the largest flat left, a paper brought to the office) reach two thirds.
 * Participation, the building's doors and each count move by exactly those ballots on both tablets, without a
 * reload. The admin closes the vote: 未通过 (fewer than three quarters agreed) with every number, the phone is
 * told the vote is over, and the public page of 文峰塔社区 announces the same numbers. Screenshots of the doors,
 * the refused paper, the QR code, the phone, the tablets before and after the close, and the announcement.
 */
class AssemblyJourneyIT extends BrowserJourney {

    private static final String TITLE = "文峰小区加装电梯业主大会";
    private static final String NOTE = "同意未达到四分之三，暂不加装；物业将按楼栋另行征求意见。";
    /** The push reaches the other screens at once; a shared build machine may take a few seconds. */
    private static final LocatorAssertions.HasTextOptions LIVE =
            new LocatorAssertions.HasTextOptions().setTimeout(5_000);
    private static final LocatorAssertions.ContainsTextOptions LIVE_CONTAINS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);
    private static final Pattern SHARE = Pattern.compile("([0-9,]+\\.[0-9]{2}) / ([0-9,]+\\.[0-9]{2}) ㎡");
    private static final Pattern HEADS = Pattern.compile("人数 ([0-9]+) / ([0-9]+)");
    private static final Pattern COUNT = Pattern.compile("([0-9,]+\\.[0-9]{2}) ㎡ · ([0-9]+) 人");
    private static final Pattern AREA = Pattern.compile("([0-9,]+\\.[0-9]{2}) ㎡");

    @Autowired
    JdbcClient jdbc;

    private record Door(long unit, BigDecimal area) {
    }

    /** An area and a number of heads as a screen shows them. */
    private record Figure(BigDecimal area, long heads) {

        Figure plus(BigDecimal moreArea, long moreHeads) {
            return new Figure(area.add(moreArea), heads + moreHeads);
        }

        /** As the assembly page writes a count line: {@code 1,234.56 ㎡ · 12 人}. */
        String asCount() {
            return String.format(Locale.ROOT, "%,.2f ㎡ · %d 人", area, heads);
        }

        /** As the public announcement writes it: {@code 1,234.56 ㎡ / 12 人}. */
        String asAnnounced() {
            return String.format(Locale.ROOT, "%,.2f ㎡ / %d 人", area, heads);
        }
    }

    @Test
    void paperAndPhoneBallotsReachTwoThirdsLiveAndTheClosedVoteIsAnnouncedWithItsNumbers() throws Exception {
        long assembly = jdbc.sql("select id from owners_assembly where title = ?").param(TITLE).query(Long.class)
                .single();
        // Doors not knocked on yet whose owner holds no other unit: each ballot is one more head (an owner of two
        // units, or the developer's unsold units together, count once).
        List<Door> doors = jdbc.sql("""
                select u.unit_id, u.area_m2 from assembly_unit u where u.assembly_id = :assembly
                and not exists (select 1 from assembly_ballot b where b.assembly_id = u.assembly_id
                    and b.unit_id = u.unit_id)
                and (select count(*) from assembly_unit o where o.assembly_id = u.assembly_id
                    and o.owner_key = u.owner_key) = 1
                order by u.building_name, u.address""").param("assembly", assembly)
                .query((row, n) -> new Door(row.getLong(1), row.getBigDecimal(2))).list();
        Assertions.assertThat(doors).hasSizeGreaterThanOrEqualTo(5);
        long agrees = doors.get(0).unit();
        long abstains = doors.get(1).unit();
        long byPhone = doors.get(2).unit();
        // Then the round goes to the largest flats left, the area counts as much as the heads.
        List<Long> largest = doors.subList(3, doors.size()).stream()
                .sorted(Comparator.comparing(Door::area).reversed()).map(Door::unit).limit(2).toList();
        long largestOnTheRound = largest.get(0);
        long broughtToTheOffice = largest.get(1);
        String agreesAddress = address(assembly, agrees);
        String agreesBuilding = jdbc.sql("select building_name from assembly_unit where assembly_id = ? and unit_id = ?")
                .params(assembly, agrees).query(String.class).single();

        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("assemblies"));
        page.locator("[data-testid='assembly-row-" + assembly + "']").click();
        assertThat(page.locator(".view-toolbar h1")).hasText(TITLE);
        assertThat(page.locator("[data-testid='assembly-participation-met']")).hasText("参与尚未达标");
        Locator heads = page.locator("[data-testid='assembly-participation-heads']");
        Locator area = page.locator("[data-testid='assembly-participation-area']");
        assertThat(heads).containsText("人数 ");
        long headsBefore = number(HEADS, heads.textContent(), 1);
        long allHeads = number(HEADS, heads.textContent(), 2);
        BigDecimal areaBefore = decimal(SHARE, area.textContent(), 1);
        BigDecimal allArea = decimal(SHARE, area.textContent(), 2);
        Locator building = page.locator(".assembly-building-line").filter(new Locator.FilterOptions()
                .setHasText(agreesBuilding));
        long buildingNotVoted = number(Pattern.compile("还有 ([0-9]+) 户未表决"), building.textContent(), 1);
        Figure forBefore = count(page, "同意");
        Figure againstBefore = count(page, "反对");
        Figure abstainBefore = count(page, "弃权");
        Figure notVotingBefore = count(page, "未表决");
        Assertions.assertThat(forBefore.heads() + againstBefore.heads() + abstainBefore.heads())
                .as("the heads that took part are those counted for, against and abstaining").isEqualTo(headsBefore);

        BrowserContext second = newContext(768, 1024);
        BrowserContext phone = newContext(390, 844);
        try {
            Page admin = second.newPage();
            signIn(admin, DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
            admin.navigate(url("assemblies/" + assembly));
            Locator adminHeads = admin.locator("[data-testid='assembly-participation-heads']");
            assertThat(adminHeads).hasText(heads.textContent());

            screenshot("assembly-before-768x1024");
            // The doors still to knock on, by building and floor, as the worker scrolls to them.
            page.locator("[data-testid='assembly-to-visit']").evaluate("doors => doors.scrollIntoView()");
            screenshot("assembly-doors-768x1024");

            // A paper handed back with nothing ticked: refused at the item, the dialog stays, nothing is recorded.
            page.locator("[data-testid='assembly-door-" + agrees + "']").click();
            BigDecimal agreesArea = decimal(AREA, page.locator(".proposals-details")
                    .filter(new Locator.FilterOptions().setHasText("专有部分面积")).textContent(), 1);
            page.locator("[data-testid='assembly-written-save']").click();
            Locator choice = page.locator("vaadin-radio-group[data-testid='assembly-written-choice-0']");
            assertThat(choice).containsText("请选择同意、反对或弃权");
            assertThat(choice).hasAttribute("invalid", "");
            assertThat(page.locator("[data-testid='assembly-written-save']")).isVisible();
            page.waitForFunction("() => !document.querySelector('[opening]')");
            screenshot("assembly-written-refused-768x1024");
            Assertions.assertThat(ballots(assembly, agrees)).as("ballots of the refused paper").isZero();
            assertThat(heads).containsText("人数 " + headsBefore + " / ");

            // Ticked 同意: recorded, the door leaves the round, one head and its area more, on both tablets.
            Assertions.assertThat(writtenBallot(agreesAddress, "同意")).isEqualByComparingTo(agreesArea);
            assertThat(page.locator("[data-testid='assembly-door-" + agrees + "']")).hasCount(0);
            assertThat(heads).containsText("人数 " + (headsBefore + 1) + " / " + allHeads);
            assertThat(building).containsText("还有 " + (buildingNotVoted - 1) + " 户未表决");
            assertThat(adminHeads).hasText(heads.textContent(), LIVE);
            assertThat(admin.locator("[data-testid='assembly-door-" + agrees + "']")).hasCount(0);

            // The next door abstains on paper.
            page.locator("[data-testid='assembly-door-" + abstains + "']").click();
            BigDecimal abstainsArea = writtenBallot(address(assembly, abstains), "弃权");
            assertThat(heads).containsText("人数 " + (headsBefore + 2) + " / " + allHeads);

            // At the third door the owner would rather vote on their phone: the unit's QR code, scanned.
            page.locator("[data-testid='assembly-door-" + byPhone + "']").click();
            page.locator("[data-testid='assembly-written-phone']").click();
            Locator qr = page.locator("[data-testid='assembly-phone-qr']");
            String link = scan(qr.getAttribute("src"));
            Assertions.assertThat(link).startsWith(url("owners/"));
            page.waitForFunction("() => !document.querySelector('[opening]')");
            screenshot("assembly-phone-qr-768x1024");
            page.keyboard().press("Escape");
            assertThat(qr).isHidden();
            page.keyboard().press("Escape");
            assertThat(page.locator("[data-testid='assembly-written-dialog']")).isHidden();

            Page owner = phone.newPage();
            owner.navigate(link);
            assertThat(owner.locator("[data-testid='owner-ballot-assembly']")).hasText(TITLE);
            assertThat(owner.locator("[data-testid='owner-ballot-unit']")).containsText(address(assembly, byPhone));
            BigDecimal byPhoneArea = decimal(AREA, owner.locator("[data-testid='owner-ballot-unit']").textContent(), 1);
            assertThat(owner.locator("[data-testid='owner-ballot-yours-0']")).hasText("请点选一项");
            owner.locator("[data-testid='owner-ballot-0-against']").click();
            assertThat(owner.locator("[data-testid='owner-ballot-yours-0']")).hasText("您的表决：反对（截止前可以更改）");
            assertThat(owner.locator("[data-testid='owner-ballot-0-against']")).hasAttribute("aria-pressed", "true");
            screenshot(owner, "assembly-phone-ballot-390x844");

            // Both tablets counted the phone's ballot without a reload: the worker's round lost that door too.
            BigDecimal cast = agreesArea.add(abstainsArea).add(byPhoneArea);
            String headsNow = "人数 " + (headsBefore + 3) + " / " + allHeads;
            assertThat(heads).containsText(headsNow, LIVE_CONTAINS);
            assertThat(adminHeads).containsText(headsNow, LIVE_CONTAINS);
            assertThat(area).containsText(share(areaBefore.add(cast), allArea));
            assertThat(page.locator("[data-testid='assembly-door-" + byPhone + "']")).hasCount(0);
            Figure againstNow = againstBefore.plus(byPhoneArea, 1);
            Figure abstainNow = abstainBefore.plus(abstainsArea, 1);
            for (Page tablet : List.of(page, admin)) {
                assertThat(countLine(tablet, "同意")).hasText(forBefore.plus(agreesArea, 1).asCount(), LIVE);
                assertThat(countLine(tablet, "反对")).hasText(againstNow.asCount(), LIVE);
                assertThat(countLine(tablet, "弃权")).hasText(abstainNow.asCount(), LIVE);
                assertThat(countLine(tablet, "未表决")).hasText(notVotingBefore.plus(cast.negate(), -3).asCount(), LIVE);
            }
            heads.scrollIntoViewIfNeeded();
            screenshot("assembly-round-768x1024");

            // Two thirds are not reached yet: the round goes on to the largest flat left, and a paper brought to
            // the office is found by its address among every unit (其他住户); both 同意.
            page.locator("[data-testid='assembly-door-" + largestOnTheRound + "']").click();
            BigDecimal largestArea = writtenBallot(address(assembly, largestOnTheRound), "同意");
            String officeAddress = address(assembly, broughtToTheOffice);
            page.locator("[data-testid='assembly-any-unit'] input").fill(officeAddress);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(officeAddress))
                    .click();
            BigDecimal officeArea = writtenBallot(officeAddress, "同意");
            assertThat(page.locator("[data-testid='assembly-door-" + broughtToTheOffice + "']")).hasCount(0);

            // Five ballots, five heads and their area more: two thirds have taken part, on both tablets at once.
            cast = cast.add(largestArea).add(officeArea);
            Figure forNow = forBefore.plus(agreesArea.add(largestArea).add(officeArea), 3);
            Figure notVotingNow = notVotingBefore.plus(cast.negate(), -5);
            String fiveMore = "人数 " + (headsBefore + 5) + " / " + allHeads;
            for (Page tablet : List.of(page, admin)) {
                assertThat(tablet.locator("[data-testid='assembly-participation-met']")).hasText("参与已达标", LIVE);
                assertThat(tablet.locator("[data-testid='assembly-participation-heads']")).containsText(fiveMore);
                assertThat(tablet.locator("[data-testid='assembly-participation-area']"))
                        .containsText(share(areaBefore.add(cast), allArea));
                assertThat(countLine(tablet, "同意")).hasText(forNow.asCount(), LIVE);
                assertThat(countLine(tablet, "反对")).hasText(againstNow.asCount());
                assertThat(countLine(tablet, "弃权")).hasText(abstainNow.asCount());
                assertThat(countLine(tablet, "未表决")).hasText(notVotingNow.asCount());
            }
            // A renovation needs three quarters of those who took part, by area and by heads: fewer agreed.
            Figure tookPart = forNow.plus(againstNow.area().add(abstainNow.area()), againstNow.heads()
                    + abstainNow.heads());
            Assertions.assertThat(forNow.heads() * 4 >= tookPart.heads() * 3
                    && forNow.area().multiply(BigDecimal.valueOf(4)).compareTo(tookPart.area()
                            .multiply(BigDecimal.valueOf(3))) >= 0)
                    .as("three quarters of %s agreed: %s", tookPart, forNow).isFalse();
            Locator result = admin.locator("[data-testid='assembly-result-0']");
            assertThat(result).hasText("按目前票数：不会通过");
            String areaShown = area.textContent();
            String headsShown = heads.textContent();
            screenshot(admin, "assembly-two-thirds-768x1024");

            // The admin closes the vote with the decision's wording (no item came from a proposal, so it could be
            // left out). The decision stays with every number as counted and says why; the worker's tablet
            // follows, with no more doors to knock on.
            admin.locator("[data-testid='assembly-close']").click();
            assertThat(admin.locator("[data-testid='assembly-close-save']")).isVisible();
            admin.waitForFunction("() => !document.querySelector('[opening]')");
            admin.locator("[data-testid='assembly-close-note'] textarea").fill(NOTE);
            screenshot(admin, "assembly-close-768x1024");
            admin.locator("[data-testid='assembly-close-save']").click();
            assertThat(admin.locator("vaadin-notification-card").last())
                    .containsText("“" + TITLE + "”已结束表决，结果已公告");
            assertThat(admin.locator("[data-testid='assembly-close']")).isHidden();
            assertThat(result).hasText("未通过");
            assertThat(admin.locator("[data-testid='assembly-result-shares-0']")).containsText("（须不少于 3/4）");
            assertThat(admin.locator("[data-testid='assembly-close-note-shown']")).hasText("决定说明：" + NOTE);
            assertThat(admin.locator("[data-testid='assembly-participation-met']")).hasText("参与达标");
            assertThat(countLine(admin, "同意")).hasText(forNow.asCount());
            assertThat(countLine(admin, "反对")).hasText(againstNow.asCount());
            assertThat(countLine(admin, "弃权")).hasText(abstainNow.asCount());
            assertThat(countLine(admin, "未表决")).hasText(notVotingNow.asCount());
            assertThat(admin.locator("[data-testid='assembly-participation-heads']")).hasText(headsShown);
            assertThat(admin.locator("[data-testid='assembly-participation-area']")).hasText(areaShown);
            screenshot(admin, "assembly-closed-768x1024");
            assertThat(page.locator("[data-testid='assembly-result-0']")).hasText("未通过", LIVE);
            assertThat(page.locator("[data-testid='assembly-to-visit']")).isHidden();
            assertThat(page.locator("[data-testid='assembly-any-unit']")).isHidden();

            // The phone is told the vote is over, and keeps showing its vote.
            owner.reload();
            assertThat(owner.locator("[data-testid='owner-ballot-notice']")).hasText("表决已经结束，感谢参与；结果请看社区公示");
            assertThat(owner.locator("[data-testid='owner-ballot-0-for']")).hasAttribute("disabled", "");
            assertThat(owner.locator("[data-testid='owner-ballot-yours-0']")).containsText("反对");

            // The public page of 文峰塔社区, on the phone, announces the same numbers (never a unit's vote).
            owner.navigate(url("public/points"));
            owner.locator(".public-community-link").filter(new Locator.FilterOptions().setHasText("文峰塔社区")).click();
            Locator announcement = owner.locator("#public-assemblies .public-proposal")
                    .filter(new Locator.FilterOptions().setHasText("各楼栋加装电梯"));
            assertThat(announcement.locator(".badge")).hasText("未通过");
            assertThat(announcement).containsText("文峰小区 · " + TITLE);
            assertThat(announcement).containsText("改建、重建建筑物及其附属设施");
            assertThat(announcement).containsText("参与表决：" + areaShown + "；" + headsShown);
            assertThat(announcement).containsText("同意 " + forNow.asAnnounced() + "；反对 " + againstNow.asAnnounced()
                    + "；弃权 " + abstainNow.asAnnounced() + "；未表决 " + notVotingNow.asAnnounced());
            assertThat(announcement).containsText("决定说明：" + NOTE);
            assertThat(announcement).not().containsText(address(assembly, byPhone));
            announcement.scrollIntoViewIfNeeded();
            screenshot(owner, "assembly-public-390x844");
        } finally {
            phone.close();
            second.close();
        }
    }

    /**
     * The written-ballot dialog the worker opened for the unit: reads the unit's area, ticks {@code choice} and
     * records it; returns the area.
     */
    private BigDecimal writtenBallot(String address, String choice) {
        BigDecimal area = decimal(AREA, page.locator(".proposals-details")
                .filter(new Locator.FilterOptions().setHasText("专有部分面积")).textContent(), 1);
        page.locator("[data-testid='assembly-written-choice-0'] vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(choice)).click();
        page.locator("[data-testid='assembly-written-save']").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已登记 " + address + " 的表决票");
        assertThat(page.locator("[data-testid='assembly-written-dialog']")).isHidden();
        return area;
    }

    /** As the participation panel writes an area: {@code 面积 6,269.23 / 9,706.14 ㎡}. */
    private static String share(BigDecimal part, BigDecimal whole) {
        return String.format(Locale.ROOT, "面积 %,.2f / %,.2f ㎡", part, whole);
    }

    /** A count line of the assembly's item on a tablet: its figures, {@code 1,234.56 ㎡ · 12 人}. */
    private static Locator countLine(Page on, String label) {
        return on.locator("[data-testid='assembly-item-0'] .assembly-count-line")
                .filter(new Locator.FilterOptions().setHas(on.locator("span:text-is('" + label + "')")))
                .locator("span").nth(1);
    }

    private static Figure count(Page on, String label) {
        String text = countLine(on, label).textContent();
        Matcher figures = COUNT.matcher(text);
        Assertions.assertThat(figures.find()).as("%s: %s", label, text).isTrue();
        return new Figure(new BigDecimal(figures.group(1).replace(",", "")), Long.parseLong(figures.group(2)));
    }

    private String address(long assembly, long unit) {
        return jdbc.sql("select address from assembly_unit where assembly_id = ? and unit_id = ?")
                .params(assembly, unit).query(String.class).single();
    }

    private long ballots(long assembly, long unit) {
        return jdbc.sql("select count(*) from assembly_ballot where assembly_id = ? and unit_id = ?")
                .params(assembly, unit).query(Long.class).single();
    }

    private static long number(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        Assertions.assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return Long.parseLong(matcher.group(group));
    }

    private static BigDecimal decimal(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        Assertions.assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return new BigDecimal(matcher.group(group).replace(",", ""));
    }

    /** What a phone's camera reads from the QR code's picture. */
    private static String scan(String dataUrl) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
