package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CommunityService;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
import org.cocreate.points.StandardStatus;
import org.cocreate.security.RunAs;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The scoring standard screen on the demo data. The tests that change standards keep away from the
 * standards the other tests grant under: they draft in 龙门街社区 and adopt there with a date thirty years
 * ahead (ScoringStandardServiceTest works in 舜井道社区, ten years ahead), so that the version in effect
 * today stays the demo's everywhere, and they leave no draft behind (one draft per community at a time).
 */
@ViewTest
class ScoringStandardViewTest extends SpringBrowserlessTest {

    private static final String WENFENG_TITLE = "文峰塔社区积分评分标准（第一版）";
    private static final String LONGMEN = "龙门街社区";
    /** Columns of the rules grid while the window is wide and the version is not a draft. */
    private static final int CATEGORY = 0;
    private static final int RULE = 1;
    private static final int POINTS = 2;
    private static final int DAILY = 3;
    private static final int MONTHLY = 4;
    private static final int APPROVAL = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    ScoringStandardService service;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theVersionInEffectInWenfengtaIsShownWithItsRulesGroupedByCategory() {
        var view = open();

        StandardEntry shown = test(view.versions).getSelected().iterator().next();
        assertThat(shown.title()).isEqualTo(WENFENG_TITLE);
        assertThat(shown.status()).isEqualTo(StandardStatus.ADOPTED);
        assertThat(view.versionHeading.getText()).isEqualTo("第 1 版：" + WENFENG_TITLE);
        assertThat(view.versionStatus.getElement().getTextRecursively()).isEqualTo("已通过现行");
        assertThat(view.versionMeta.getText()).isEqualTo("自 " + shown.effectiveFrom() + " 起生效　·　通过：居民议事会表决通过（demo，"
                + shown.adoptedAt().toLocalDate() + " 19:30）");
        int versionRow = rows(view.versions).indexOf(shown);
        assertThat(test(view.versions).getCellText(versionRow, 0)).isEqualTo("第 1 版");
        assertThat(test(view.versions).getCellText(versionRow, 2)).isEqualTo("已通过现行");
        assertThat(test(view.versions).getCellText(versionRow, 3)).isEqualTo(shown.effectiveFrom().toString());

        List<RuleEntry> rules = rules(view);
        assertThat(rules).hasSize(16);
        assertThat(rules).extracting(r -> r.content().category()).isSortedAccordingTo(Enum::compareTo);
        assertThat(test(view.rules).getCellText(0, CATEGORY)).isEqualTo("环境卫生");

        int volunteering = rowOf(view, "志愿服务");
        assertThat(test(view.rules).getCellText(volunteering, CATEGORY)).isEqualTo("志愿服务");
        assertThat(test(view.rules).getCellText(volunteering, POINTS)).isEqualTo("+2 每小时");
        assertThat(test(view.rules).getCellText(volunteering, DAILY)).isEqualTo("8 小时");
        assertThat(test(view.rules).getCellText(volunteering, MONTHLY)).isEqualTo("60 小时");
        assertThat(test(view.rules).getCellText(volunteering, APPROVAL)).isEmpty();

        int littering = rowOf(view, "高空抛物");
        assertThat(test(view.rules).getCellText(littering, CATEGORY)).isEqualTo("文明风尚");
        assertThat(test(view.rules).getCellText(littering, POINTS)).isEqualTo("\u221220");
        assertThat(test(view.rules).getCellText(littering, DAILY)).isEqualTo("1 次");
        assertThat(test(view.rules).getCellText(littering, MONTHLY)).isEqualTo("不限");
        assertThat(test(view.rules).getCellText(littering, APPROVAL)).isEqualTo("需审批");

        // A worker may edit only a draft: on an adopted version there is nothing to change.
        assertThat(view.addRule.isVisible()).isFalse();
        assertThat(view.adopt.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerDraftsAVersionAddsAndEditsARuleAndAnAdminAdoptsIt() {
        var view = open();
        long longmen = communityData.community(LONGMEN);
        StandardEntry current = service.inEffect(longmen, LocalDate.now(clock)).orElseThrow();
        int currentRules = service.rules(current.id()).size();
        assertThat(test(view.versions).getSelected()).containsExactly(current);
        assertThat(view.addRule.isVisible()).isFalse();

        // The draft: a title is required.
        assertThat(test(view.newDraft).isUsable()).isTrue();
        test(view.newDraft).click();
        var title = $(TextField.class).withTestId("standard-draft-title").single();
        test($(Button.class).withTestId("standard-draft-save").single()).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("请填写标题（最多 200 个字）");
        test(title).setValue("龙门街积分评分标准（视图测试）");
        test($(Button.class).withTestId("standard-draft-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        StandardEntry draft = test(view.versions).getSelected().iterator().next();
        assertThat(draft.status()).isEqualTo(StandardStatus.DRAFT);
        assertThat(draft.versionNumber()).isEqualTo(current.versionNumber() + 1);
        assertThat(view.versionStatus.getElement().getTextRecursively()).isEqualTo("草案");
        assertThat(view.versionMeta.getText()).isEqualTo("尚未生效");
        assertThat(rules(view)).hasSize(currentRules);
        assertThat(view.newDraft.isVisible()).isFalse();
        assertThat(view.addRule.isVisible()).isTrue();
        assertThat(view.adopt.isVisible()).as("only an admin adopts").isFalse();
        assertThat(view.draftHint.isVisible()).isTrue();

        // A new rule.
        test(view.addRule).click();
        test(select("rule-category")).selectItem("安全生产");
        test(field("rule-name")).setValue("检查灭火器");
        test($(TextArea.class).withTestId("rule-description").single()).setValue("每季度一次");
        test(number("rule-points")).setValue(6);
        test(number("rule-daily-cap")).setValue(1);
        test(number("rule-monthly-cap")).setValue(3);
        test(checkbox("rule-needs-approval")).click();
        test($(Button.class).withTestId("rule-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存规则“检查灭火器”");
        assertThat(rules(view)).hasSize(currentRules + 1);
        int added = rowOf(view, "检查灭火器");
        assertThat(test(view.rules).getCellText(added, CATEGORY)).isEqualTo("安全生产");
        assertThat(test(view.rules).getCellText(added, RULE)).isEqualTo("检查灭火器每季度一次");
        assertThat(test(view.rules).getCellText(added, POINTS)).isEqualTo("+6");
        assertThat(test(view.rules).getCellText(added, DAILY)).isEqualTo("1 次");
        assertThat(test(view.rules).getCellText(added, MONTHLY)).isEqualTo("3 次");
        assertThat(test(view.rules).getCellText(added, APPROVAL)).isEqualTo("需审批");

        // Edited into a deduction.
        test((Button) test(view.rules).getCellComponent(added, 6)).click();
        assertThat(field("rule-name").getValue()).isEqualTo("检查灭火器");
        assertThat(number("rule-points").getValue()).isEqualTo(6);
        test(number("rule-points")).setValue(8);
        test(checkbox("rule-deduction")).click();
        test($(Button.class).withTestId("rule-save").single()).click();
        assertThat(test(view.rules).getCellText(rowOf(view, "检查灭火器"), POINTS)).isEqualTo("\u22128");
        assertThat(service.rules(draft.id())).filteredOn(r -> r.content().name().equals("检查灭火器")).singleElement()
                .satisfies(r -> {
                    assertThat(r.content().deduction()).isTrue();
                    assertThat(r.content().points().value()).isEqualTo(8);
                    assertThat(r.content().category()).isEqualTo(RuleCategory.SAFETY);
                });

        // Bad input is shown next to its field and changes nothing.
        List<RuleEntry> before = service.rules(draft.id());
        test(view.addRule).click();
        test(field("rule-name")).setValue("");
        test(number("rule-points")).setValue(0);
        test($(Button.class).withTestId("rule-save").single()).click();
        assertThat(field("rule-name").isInvalid()).isTrue();
        assertThat(field("rule-name").getErrorMessage()).isEqualTo("请填写规则名称（最多 100 个字）");
        assertThat(number("rule-points").isInvalid()).isTrue();
        assertThat(number("rule-points").getErrorMessage()).isEqualTo("分值必须在 1 到 10,000 之间");
        // What only the service checks comes back next to the field too.
        test(field("rule-name")).setValue("长说明");
        test(number("rule-points")).setValue(1);
        test($(TextArea.class).withTestId("rule-description").single()).setValue("长".repeat(501));
        test($(Button.class).withTestId("rule-save").single()).click();
        assertThat($(TextArea.class).withTestId("rule-description").single().getErrorMessage())
                .isEqualTo("最多 500 个字");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(service.rules(draft.id())).isEqualTo(before);
        // One rule per occasion: 建议被采纳 already rewards an adopted proposal.
        test($(TextArea.class).withTestId("rule-description").single()).setValue("");
        @SuppressWarnings("unchecked")
        Select<RuleOccasion> occasion = $(Select.class).withTestId("rule-occasion").single();
        test(occasion).selectItem("居民提议被采纳（奖励提议人）");
        test($(Button.class).withTestId("rule-save").single()).click();
        assertThat(occasion.isInvalid()).isTrue();
        assertThat(occasion.getErrorMessage()).isEqualTo("本版标准中“建议被采纳”已用于这一场合，一个场合只能对应一条细则");
        assertThat(service.rules(draft.id())).isEqualTo(before);
        test($(Button.class).withTestId("rule-cancel").single()).click();
        assertThat(test(view.rules).getCellText(rowOf(view, "建议被采纳"), RULE)).contains("用于：居民提议被采纳（奖励提议人）");

        new RunAs(userDetails).run(DemoUsers.SUBDISTRICT_ADMIN, () -> adoptAsAdmin(longmen, current, draft));
    }

    private void adoptAsAdmin(long longmen, StandardEntry current, StandardEntry draft) {
        context.getBean(WorkingCommunity.class).select(longmen);
        // Away and back: the router keeps the instance of the view it is on, built for the worker.
        navigate("", com.vaadin.flow.component.Component.class);
        var view = open();
        assertThat(test(view.versions).getSelected()).containsExactly(current);
        assertThat(view.adopt.isVisible()).isFalse();
        test(view.versions).select(rows(view.versions).indexOf(draft));
        assertThat(view.adopt.isVisible()).isTrue();

        test(view.adopt).click();
        LocalDate from = LocalDate.now(clock).plusYears(30);
        test($(DatePicker.class).withTestId("standard-adopt-date").single()).setValue(from);
        var save = $(Button.class).withTestId("standard-adopt-save").single();
        test(save).click();
        var note = $(TextArea.class).withTestId("standard-adopt-note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("请填写通过说明（最多 500 个字），例如哪次会议通过");
        assertThat(service.standards(longmen)).filteredOn(s -> s.id() == draft.id()).singleElement()
                .extracting(StandardEntry::status).isEqualTo(StandardStatus.DRAFT);

        test(note).setValue("居民议事会表决通过（视图测试）");
        test(save).click();

        assertThat($(Dialog.class).exists()).isFalse();
        List<StandardEntry> versions = rows(view.versions);
        int adoptedRow = versions.indexOf(versions.stream().filter(s -> s.id() == draft.id()).findFirst()
                .orElseThrow());
        int previousRow = versions.indexOf(versions.stream().filter(s -> s.id() == current.id()).findFirst()
                .orElseThrow());
        assertThat(test(view.versions).getSelected()).extracting(StandardEntry::id).containsExactly(draft.id());
        assertThat(test(view.versions).getCellText(adoptedRow, 2)).isEqualTo("已通过");
        assertThat(test(view.versions).getCellText(adoptedRow, 3)).isEqualTo(from.toString());
        assertThat(test(view.versions).getCellText(adoptedRow, 5)).startsWith("居民议事会表决通过（视图测试）（街道管理员，");
        // The version in effect today is superseded from the new one's date, and stays the current one till then.
        assertThat(test(view.versions).getCellText(previousRow, 2)).isEqualTo("已废止现行");
        assertThat(test(view.versions).getCellText(previousRow, 4)).isEqualTo(from.toString());
        assertThat(view.adopt.isVisible()).isFalse();
        assertThat(view.addRule.isVisible()).isFalse();
        assertThat(view.newDraft.isVisible()).isTrue();
        assertThat(service.inEffect(longmen, LocalDate.now(clock)).orElseThrow().id()).isEqualTo(current.id());
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorReadsTheRulesButGetsNoEditingControls() {
        var view = open();

        assertThat(rules(view)).hasSize(16);
        assertThat(test(view.rules).getCellText(rowOf(view, "拾金不昧"), POINTS)).isEqualTo("+20");
        assertThat(view.newDraft.isVisible()).isFalse();
        assertThat(view.addRule.isVisible()).isFalse();
        assertThat(view.adopt.isVisible()).isFalse();
        assertThat(view.draftHint.isVisible()).isFalse();
        assertThat(view.rules.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(6);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void inEnglishEverythingIsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        assertThat(view.getPageTitle()).isEqualTo("Scoring standard");
        assertThat(view.newDraft.getText()).isEqualTo("New draft");
        assertThat(view.versionHeading.getText()).isEqualTo("Version 1: " + WENFENG_TITLE);
        assertThat(view.versionStatus.getElement().getTextRecursively()).isEqualTo("AdoptedCurrent");
        assertThat(view.versionMeta.getText()).startsWith("In effect from ").contains(" · adopted: ");
        assertThat(view.versions.getColumns().getFirst().getHeaderText()).isEqualTo("Version");
        int volunteering = rowOf(view, "志愿服务");
        assertThat(test(view.rules).getCellText(volunteering, CATEGORY)).isEqualTo("Volunteering");
        assertThat(test(view.rules).getCellText(volunteering, POINTS)).isEqualTo("+2 per hour");
        assertThat(test(view.rules).getCellText(volunteering, DAILY)).isEqualTo("8 h");
        int littering = rowOf(view, "高空抛物");
        assertThat(test(view.rules).getCellText(littering, MONTHLY)).isEqualTo("none");
        assertThat(test(view.rules).getCellText(littering, APPROVAL)).isEqualTo("Needs approval");

        test(view.newDraft).click();
        test($(Button.class).withTestId("standard-draft-save").single()).click();
        assertThat($(TextField.class).withTestId("standard-draft-title").single().getErrorMessage())
                .isEqualTo("Please enter a title (at most 200 characters)");

        var form = new RuleForm();
        form.read(null, RuleCategory.ENVIRONMENT);
        assertThat(form.category.getValue()).isEqualTo(RuleCategory.ENVIRONMENT);
        assertThat(form.category.getItemLabelGenerator().apply(RuleCategory.SAFETY)).isEqualTo("Safety");
        form.points.setValue(0);
        assertThat(form.write()).isEmpty();
        assertThat(form.name.getErrorMessage()).isEqualTo("Please enter a name for the rule (at most 100 characters)");
        assertThat(form.points.getErrorMessage()).isEqualTo("The points must be 1 to 10,000");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void onATabletTheCapsFoldIntoTheRuleAndTheSecondaryColumnsGo() {
        var view = open();
        int columns = view.rules.getColumns().stream().filter(Grid.Column::isVisible).toList().size();

        view.adapt(768);

        assertThat(view.rules.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(columns - 2);
        assertThat(view.versions.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(4);
        assertThat(test(view.rules).getCellText(rowOf(view, "志愿服务"), RULE))
                .isEqualTo("志愿服务每日 8 小时 · 每月 60 小时");
        view.adapt(1280);
        assertThat(view.rules.getColumns().stream().filter(Grid.Column::isVisible)).hasSize(columns);
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void aCommunityWithoutAStandardSaysSoAndOffersTheFirstDraft() {
        String name = "无标准社区" + System.nanoTime() % 100_000;
        long created = communities.createCommunity(name);
        context.getBean(WorkingCommunity.class).select(created);

        var view = open();

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.emptyState.getElement().getTextRecursively()).startsWith("本社区还没有评分标准。");
        assertThat(view.versions.isVisible()).isFalse();
        assertThat(view.selection.isVisible()).isFalse();
        assertThat(view.newDraft.isVisible()).isTrue();
    }

    @Test
    void nobodySignedInDoesNotGetTheView() {
        assertThatThrownBy(() -> navigate(ScoringStandardView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The view as on screen (the router hands out the method-security proxy, whose fields are empty). */
    private ScoringStandardView open() {
        navigate(ScoringStandardView.class);
        return $(ScoringStandardView.class).single();
    }


    private List<RuleEntry> rules(ScoringStandardView view) {
        return rows(view.rules);
    }

    private int rowOf(ScoringStandardView view, String ruleName) {
        List<RuleEntry> rules = rules(view);
        return rules.indexOf(rules.stream().filter(r -> r.content().name().equals(ruleName)).findFirst()
                .orElseThrow());
    }

    private TextField field(String testId) {
        return $(TextField.class).withTestId(testId).single();
    }

    private IntegerField number(String testId) {
        return $(IntegerField.class).withTestId(testId).single();
    }

    private Checkbox checkbox(String testId) {
        return $(Checkbox.class).withTestId(testId).single();
    }

    @SuppressWarnings("unchecked")
    private Select<RuleCategory> select(String testId) {
        return $(Select.class).withTestId(testId).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
