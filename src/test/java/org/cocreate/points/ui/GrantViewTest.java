package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.points.GrantService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails(DemoUsers.WENFENG_WORKER)
class GrantViewTest extends SpringBrowserlessTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    ResidentService residents;
    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsSettingsService settings;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    long community;

    @BeforeEach
    void defaultSettings() {
        community = communityData.community("文峰塔社区");
        // The demo's defaults; other tests of this context may have changed them.
        new RunAs(userDetails).run(DemoUsers.WENFENG_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(20, 3, null)));
    }

    @Test
    void findsTheResidentPicksAPerHourRuleAndPutsTheGrantOnNotice() {
        String name = newResidentName();
        long resident = register(name);
        var view = open();

        test(view.residentSearch.field()).setValue(name);
        assertThat(view.residentSearch.shown()).extracting(r -> r.name()).containsExactly(name);
        test(view.residentSearch.results().getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst().orElseThrow()).click();
        assertThat(view.residentCard.isVisible()).isTrue();
        assertThat(view.residentName.getText()).isEqualTo(name);

        long rule = ruleId("志愿服务");
        assertThat(view.rulePicker.chips.get(rule).getElement().getTextRecursively()).isEqualTo("志愿服务+2 分/小时");
        test(view.rulePicker.chips.get(rule)).click();
        assertThat(view.details.quantity.getLabel()).isEqualTo("小时数");
        test(view.details.plus).click();
        test(view.details.plus).click();
        assertThat(view.details.total.getText()).isEqualTo("共 +6 分");
        LocalDateTime before = LocalDateTime.now(clock);
        test(view.grantButton).click();

        Map<String, Object> row = jdbc.sql("select amount, quantity, status, rule_id from point_grant"
                + " where resident_id = ?").param(resident).query().singleRow();
        assertThat(row).containsEntry("AMOUNT", 6L).containsEntry("QUANTITY", 3).containsEntry("STATUS", "NOTICE")
                .containsEntry("RULE_ID", rule);
        var format = DateTimeFormatter.ofPattern("M月d日");
        assertThat(lastNotification()).isIn(
                "已进入公示：" + name + " +6 分，" + before.plusDays(3).format(format) + " 公示期满后入账",
                "已进入公示：" + name + " +6 分，" + LocalDateTime.now(clock).plusDays(3).format(format)
                        + " 公示期满后入账");
        // Ready for the next resident, with the same rule.
        assertThat(view.residentCard.isVisible()).isFalse();
        assertThat(view.residentSearch.isVisible()).isTrue();
        assertThat(view.rulePicker.value()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(rule));
        assertThat(view.details.quantityValue()).isEqualTo(1);
        assertThat(view.details.total.getText()).isEqualTo("共 +2 分");
    }

    @Test
    void aCardScanPicksTheResidentAtOnce() {
        String name = newResidentName();
        long resident = register(name);
        String code = residents.card(resident).cardCode();
        var view = open();

        // A keyboard-wedge scanner types the code and presses Enter.
        view.residentSearch.field().setValue(code);
        org.cocreate.base.ui.EnterKeys.press(view.residentSearch.field());

        assertThat(view.residentCard.isVisible()).isTrue();
        assertThat(view.residentName.getText()).isEqualTo(name);
        assertThat(view.residentSearch.field().getValue()).as("the search is cleared for the next one").isEmpty();
    }

    @Test
    void aGrantAboveTheThresholdWaitsForApprovalAndSaysWhy() {
        String name = newResidentName();
        long resident = register(name);
        var view = open();
        pickResident(view, name, resident);
        test(view.rulePicker.chips.get(ruleId("拾金不昧"))).click();
        test(view.details.plus).click();
        assertThat(view.details.total.getText()).isEqualTo("共 +40 分");

        test(view.grantButton).click();

        assertThat(lastNotification()).isEqualTo("已提交审批：" + name + " +40 分（超过 20 分需管理员审批）");
        assertThat(jdbc.sql("select status from point_grant where resident_id = ?").param(resident)
                .query(String.class).single()).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aDoubleTapGrantsOnce() {
        String name = newResidentName();
        long resident = register(name);
        var view = open();
        pickResident(view, name, resident);
        test(view.rulePicker.chips.get(ruleId("参加卫生大扫除"))).click();

        test(view.grantButton).click();
        test(view.grantButton).click();

        assertThat(grantsOf(resident)).isEqualTo(1);
        assertThat(view.grantButton.isEnabled()).isTrue();
    }

    @Test
    void aUsedUpRuleSaysSoBeforeTheTapAndARaceIsRefusedNamingTheCap() {
        String name = newResidentName();
        long resident = register(name);
        var view = open();
        long cleanUp = ruleId("参加卫生大扫除");
        pickResident(view, name, resident);
        test(view.rulePicker.chips.get(cleanUp)).click();
        test(view.grantButton).click();
        assertThat(grantsOf(resident)).isEqualTo(1);

        // Chosen again: the rule used up today says so on its chip, before any tap, and cannot be picked.
        pickResident(view, name, resident);
        var chip = view.rulePicker.chips.get(cleanUp);
        assertThat(chip.isEnabled()).isFalse();
        assertThat(chip.getElement().getTextRecursively()).contains("今日已 1/1");
        assertThat(view.rulePicker.value()).isEmpty();

        // Used up elsewhere while this screen had it picked: the service refuses and says which cap.
        String other = newResidentName();
        long second = register(other);
        test(view.changeResident).click();
        pickResident(view, other, second);
        test(view.rulePicker.chips.get(cleanUp)).click();
        grantService.grant(new org.cocreate.points.GrantCommand(second, cleanUp, 1, java.time.LocalDate.now(clock),
                null, null));
        test(view.grantButton).click();

        assertThat(lastNotification()).isEqualTo("未发放：“参加卫生大扫除”每人每天最多 1 次（小时），今天已记 1");
        assertThat(view.details.quantity.isInvalid()).isTrue();
        assertThat(grantsOf(second)).isEqualTo(1);
        assertThat(view.residentCard.isVisible()).as("the resident stays chosen").isTrue();
    }

    @Test
    void theMostUsedRuleComesFirst() {
        var view = open();
        List<Long> shown = new ArrayList<>(view.rulePicker.chips.keySet());
        Map<Long, Long> usage = usage();
        assertThat(shown).hasSize(16);
        Map<Long, String> categories = new java.util.HashMap<>();
        jdbc.sql("select id, category from scoring_rule where standard_id = (select standard_id from scoring_rule"
                + " where id = ?)").param(shown.getFirst())
                .query((rs, n) -> categories.put(rs.getLong(1), rs.getString(2))).list();
        long top = usage.values().stream().mapToLong(Long::longValue).max().orElse(0);
        assertThat(usage.get(shown.getFirst())).as("the first rule is the most used").isEqualTo(top);
        // Grouped by category: within a category, and from one category's first rule to the next, by use.
        for (int i = 1; i < shown.size(); i++) {
            long before = shown.get(i - 1);
            long rule = shown.get(i);
            if (categories.get(before).equals(categories.get(rule))) {
                assertThat(usage.get(before)).as("rule %d", rule).isGreaterThanOrEqualTo(usage.get(rule));
            } else {
                assertThat(shown.subList(i, shown.size())).as("categories are not repeated")
                        .noneMatch(r -> categories.get(r).equals(categories.get(before)));
            }
        }

        // 拾金不昧 has no caps: grants to one resident make it the most used rule.
        long found = ruleId("拾金不昧");
        long resident = register(newResidentName());
        for (long i = usage.getOrDefault(found, 0L); i <= top; i++) {
            grantService.grant(new GrantCommand(resident, found, 1, LocalDate.now(clock), null, null));
        }

        view = open();
        assertThat(view.rulePicker.chips.keySet()).first().isEqualTo(found);
    }

    @Test
    void aPhotoGoesWithTheGrant() {
        String name = newResidentName();
        long resident = register(name);
        var view = open();
        pickResident(view, name, resident);
        test(view.rulePicker.chips.get(ruleId("参加卫生大扫除"))).click();
        byte[] png = org.cocreate.base.TestPictures.png(40, 30);

        test(view.details.photo.upload).upload("大扫除.png", "image/png", png);
        assertThat(view.details.photo.chosen.getText()).isEqualTo("已选照片：大扫除.png");
        test(view.grantButton).click();

        assertThat(jdbc.sql("select has_photo from point_grant where resident_id = ?").param(resident)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from grant_photo p join point_grant g on g.id = p.grant_id
                where g.resident_id = ?""").param(resident).query(Long.class).single()).isEqualTo(1);
        assertThat(view.details.photo.chosen.getText()).as("cleared for the next grant").isEmpty();
    }

    @Test
    void theRulesCanBeSearchedByName() {
        var view = open();
        test(view.rulePicker.filter).setValue("志愿");
        assertThat(view.rulePicker.chips.keySet()).containsExactly(ruleId("志愿服务"));
        test(view.rulePicker.filter).setValue("没有这条");
        assertThat(view.rulePicker.chips).isEmpty();
        assertThat(view.rulePicker.empty.isVisible()).isTrue();
    }

    @Test
    void findsADemoResidentByPhoneWithTheNumberMasked() {
        var view = open();
        var demo = jdbc.sql("""
                select r.id, r.phone from resident r where r.community_id = ? and r.phone is not null
                order by r.id limit 1""").param(community).query().singleRow();
        String phone = (String) demo.get("PHONE");

        test(view.residentSearch.field()).setValue(phone);

        assertThat(view.residentSearch.shown()).extracting(r -> r.id()).contains((Long) demo.get("ID"));
        assertThat(view.residentSearch.results().getElement().getTextRecursively())
                .contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
    }

    @Test
    void speaksEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        assertThat(view.getPageTitle()).isEqualTo("Grant points");
        assertThat(view.grantButton.getText()).isEqualTo("Grant");
        assertThat(view.residentSearch.field().getPlaceholder()).isEqualTo("Name, pinyin initials, phone digits or card");
        assertThat(view.details.total.getText()).isEqualTo("Choose a rule first");
        test(view.rulePicker.chips.get(ruleId("志愿服务"))).click();
        assertThat(view.details.quantity.getLabel()).isEqualTo("Hours");
        assertThat(view.details.total.getText()).isEqualTo("Total +2 pts");
        test(view.grantButton).click();
        assertThat(lastNotification()).isEqualTo("Choose a resident first");
    }

    private GrantView open() {
        navigate(GrantView.class);
        return $(GrantView.class).single();
    }

    private void pickResident(GrantView view, String name, long resident) {
        test(view.residentSearch.field()).setValue(name);
        test(view.residentSearch.results().getChildren()
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> ("resident-result-" + resident).equals(b.getTestId())).findFirst()
                .orElseThrow()).click();
    }

    private String newResidentName() {
        return "发放测试" + (char) ('甲' + SEQUENCE.getAndIncrement());
    }

    private long register(String name) {
        var draft = ResidentDraft.of(name,
                residents.list(community, null, "", 0, 1).getFirst().household().id());
        return residents.register(community, draft);
    }

    private long ruleId(String name) {
        return jdbc.sql("""
                select r.id from scoring_rule r join scoring_standard s on s.id = r.standard_id
                where s.community_id = ? and r.name = ? and s.status = 'ADOPTED'
                  and s.effective_from <= current_date order by s.effective_from desc limit 1""")
                .params(community, name).query(Long.class).single();
    }

    private long grantsOf(long resident) {
        return jdbc.sql("select count(*) from point_grant where resident_id = ?").param(resident)
                .query(Long.class).single();
    }

    /** Grants in the last 90 days per rule of the standard in effect, counted independently of the service. */
    private Map<Long, Long> usage() {
        var result = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                select r.id, (select count(*) from point_grant g join scoring_rule x on x.id = g.rule_id
                                where g.community_id = ? and g.created_at >= ?
                                  and coalesce(x.lineage_id, x.id) = coalesce(r.lineage_id, r.id))
                           + (select count(*) from ledger_entry e join scoring_rule x on x.id = e.rule_id
                                where e.community_id = ?
                                and coalesce(x.lineage_id, x.id) = coalesce(r.lineage_id, r.id)
                                and e.kind in ('GRANT', 'DEDUCTION') and e.created_at >= ?
                                and e.id not in (select p.posted_entry_id from point_grant p
                                                 where p.posted_entry_id is not null))
                from scoring_rule r where r.id in (%s)""".formatted(String.join(",",
                        open().rulePicker.chips.keySet().stream().map(String::valueOf).toList())))
                .params(community, since(), community, since())
                .query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2))).list();
        return result;
    }

    private LocalDateTime since() {
        return LocalDate.now(clock).minusDays(90).atStartOfDay();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
