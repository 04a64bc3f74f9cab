package org.cocreate.proposal.ui;

import static org.cocreate.LiveAccess.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CommunityTestData;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.ProposalTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ProposalViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProposalTestData data;
    @Autowired
    JdbcClient jdbc;

    private long rows() {
        return jdbc.sql("select count(*) from proposal").query(Long.class).single();
    }

    private ProposalView page(long proposalId) {
        navigate(ProposalView.class, Map.of(ProposalView.PARAMETER, String.valueOf(proposalId)));
        return $(ProposalView.class).single();
    }

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    private ProposalIntakeView intake() {
        navigate(ProposalIntakeView.class);
        return $(ProposalIntakeView.class).single();
    }

    private String residentName(long id) {
        return jdbc.sql("select name from resident where id = ?").param(id).query(String.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerTakesDownAProposalForAResidentAndLandsOnItsPage() {
        long resident = data.residents(CommunityTestData.WENFENG, 8).get(7);
        String name = residentName(resident);
        String title = data.uniqueTitle("单元门口台阶破损");
        var view = intake();

        test(view.proposerPicker.field()).setValue(name);
        test(view.proposerPicker.results().getChildren().map(Button.class::cast)
                .filter(b -> ("resident-result-" + resident).equals(b.getTestId())).findFirst().orElseThrow()).click();
        assertThat(view.proposer.getText()).startsWith(name);
        test(view.form.category).selectItem("道路");
        test(view.form.title).setValue(title);
        test(view.form.body).setValue("老人上下台阶容易摔倒，建议修补并加装扶手。");
        test(view.save).click();

        ProposalView page = $(ProposalView.class).single();
        assertThat(page.getPageTitle()).isEqualTo(title);
        assertThat(page.summary.getElement().getTextRecursively()).contains("已登记", "道路", "提议人：" + name,
                "入户走访");
        assertThat(page.history.getElement().getTextRecursively()).contains("登记");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void badInputIsShownAtItsFieldAndSavesNothing() {
        long before = rows();
        var view = intake();
        test(view.form.title).setValue("   ");
        test(view.save).click();
        assertThat(view.proposerPicker.field().isInvalid()).as("neither a proposer nor anonymous").isTrue();
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.category.isInvalid()).isTrue();

        test(view.anonymous).click();
        test(view.form.category).selectItem("照明");
        test(view.form.title).setValue("路灯");
        test(view.form.body).setValue("字".repeat(2001));
        test(view.save).click();
        assertThat(view.proposerPicker.field().isInvalid()).isFalse();
        assertThat(view.form.body.isInvalid()).isTrue();
        assertThat(view.form.body.getErrorMessage()).isEqualTo("请填写提议内容（最多 2,000 个字）");
        assertThat(rows()).isEqualTo(before);
        assertThat($(ProposalIntakeView.class).exists()).as("still on the form").isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theLikelyDuplicatesShowWhileTheTitleIsTyped() {
        long compound = data.compound(CommunityTestData.WENFENG, 1);
        ProposalEntry earlier = data.submit(compound, ProposalCategory.PARKING, data.uniqueTitle("电动车乱停放"), null);
        var view = intake();
        test(view.form.compound).selectItem(earlier.compoundName());
        test(view.form.category).selectItem("停车");
        test(view.form.title).setValue("电动车停放混乱");
        assertThat(view.duplicates.isVisible()).isTrue();
        assertThat(view.duplicates.getElement().getTextRecursively()).contains(earlier.title());
        test(view.form.title).setValue("篮球架损坏");
        assertThat(view.duplicates.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aDecisionWithoutItsAnswerStaysOpenAtTheAnswerAndOneWithItMovesTheProposal() {
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.GREENING,
                data.uniqueTitle("楼前空地改花园"), null);
        var page = page(entry.id());
        test(button("proposal-move-ADOPTED")).click();
        TextArea answer = $(TextArea.class).all().stream().filter(t -> "proposal-move-answer".equals(t.getTestId()))
                .findFirst().orElseThrow();
        test(button("proposal-move-save")).click();
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("请填写答复（最多 2,000 个字）");
        assertThat($(Dialog.class).exists()).as("the dialog stays open").isTrue();
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> data.proposals.get(entry.id())).status())
                .isEqualTo(ProposalStatus.SUBMITTED);

        test(answer).setValue("经居民议事会讨论同意，由物业实施。");
        test(button("proposal-move-save")).click();
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(page.summary.getElement().getTextRecursively()).contains("已采纳");
        assertThat(page.answer.getElement().getTextRecursively()).contains("经居民议事会讨论同意", "未公开");
        test(button("proposal-publish")).click();
        assertThat(page.answer.getElement().getTextRecursively()).contains("已公开");
        assertThat(page.history.getElement().getTextRecursively()).contains("已登记 → 已采纳", "答复已公开");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aMergeFromThePageLandsOnTheProposalThatCarriesItOn() {
        long compound = data.compound(CommunityTestData.WENFENG, 2);
        ProposalEntry target = data.submit(compound, ProposalCategory.DRAINAGE, data.uniqueTitle("雨水井堵塞"), null);
        ProposalEntry source = data.submit(compound, ProposalCategory.DRAINAGE, data.uniqueTitle("雨水井堵了"),
                data.residents(CommunityTestData.WENFENG, 3).get(2));
        page(source.id());
        test(button("proposal-merge")).click();
        test(button("proposal-merge-save")).click();
        assertThat($(Dialog.class).exists()).as("nothing chosen: the dialog stays").isTrue();
        var into = $(com.vaadin.flow.component.combobox.ComboBox.class).all().stream()
                .filter(c -> "proposal-merge-into".equals(c.getTestId())).findFirst().orElseThrow();
        assertThat(into.isInvalid()).isTrue();
        @SuppressWarnings("unchecked")
        var candidates = (com.vaadin.flow.component.combobox.ComboBox<ProposalEntry>) into;
        assertThat(candidates.getListDataView().getItems().findFirst()).get().extracting(ProposalEntry::id)
                .as("the likely duplicate first").isEqualTo(target.id());
        candidates.setValue(candidates.getListDataView().getItems().findFirst().orElseThrow());
        test(button("proposal-merge-save")).click();

        ProposalView landed = $(ProposalView.class).single();
        assertThat(landed.getPageTitle()).isEqualTo(target.title());
        assertThat(landed.supporters.getElement().getTextRecursively()).contains("附议人（1）");
        assertThat(data.runAs.get(DemoUsers.WENFENG_WORKER, () -> data.proposals.get(source.id())).status())
                .isEqualTo(ProposalStatus.MERGED);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theBoardFiltersByWordsAndARowOpensTheProposal() {
        String marker = data.uniqueTitle("乙");
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                "增设社区书屋 " + marker, null);
        navigate(ProposalsView.class);
        var board = $(ProposalsView.class).single();
        test(board.search).setValue(marker);
        assertThat(board.grid.getGenericDataView().getItems().map(ProposalEntry::id).toList())
                .containsExactly(entry.id());
        test(board.grid).clickRow(0);
        assertThat($(ProposalView.class).single().getPageTitle()).isEqualTo(entry.title());
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theBoardAndAPageFollowWhatAnotherTabletDoesAndStopOnceLeft() throws InterruptedException {
        String marker = data.uniqueTitle("丙");
        navigate(ProposalsView.class);
        var board = $(ProposalsView.class).single();
        test(board.search).setValue(marker);
        assertThat(board.grid.getGenericDataView().getItems()).isEmpty();

        // Another tablet takes one down: it shows without a reload.
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                "增设阅报栏 " + marker, null);
        await(() -> board.grid.getGenericDataView().getItems().count() == 1);
        assertThat(board.grid.getGenericDataView().getItems().map(ProposalEntry::id).toList())
                .containsExactly(entry.id());

        // Its page follows a move made elsewhere.
        var page = page(entry.id());
        data.move(entry.id(), ProposalStatus.UNDER_DISCUSSION, null);
        await(() -> page.summary.getElement().getTextRecursively().contains("议事中"));
        assertThat(page.summary.getElement().getTextRecursively()).contains("议事中");

        // The board left behind no longer follows (its subscription went with it).
        data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE, "增设宣传栏 " + marker, null);
        await(() -> false);
        assertThat(board.grid.getGenericDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberReadsTheBoardAndAPageButHasNoActions() {
        long daimoge = data.communities.community(CommunityTestData.DAIMOGE);
        ProposalEntry entry = data.runAs.get(DemoUsers.DAIMO_WORKER, () -> data.proposals.submit(daimoge,
                new org.cocreate.proposal.ProposalDraft(null, ProposalCategory.ELDERLY_CARE,
                        org.cocreate.proposal.ProposalChannel.NIGHT_TALK, data.uniqueTitle("老年食堂"), "内容", null)));
        navigate(ProposalsView.class);
        assertThat($(ProposalsView.class).single().create.isVisible()).isFalse();
        var page = page(entry.id());
        assertThat(page.actions.isVisible()).isFalse();
        assertThat(page.summary.getElement().getTextRecursively()).contains("夜话会", "全社区", "匿名");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void anAdoptedProposalGetsItsOwnerAndBudgetAndOnceDoneTheResidentsVerdicts() {
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 1), ProposalCategory.CULTURE,
                data.uniqueTitle("建设健身步道"), null);
        data.move(entry.id(), ProposalStatus.ADOPTED, "同意");
        var page = page(entry.id());
        test(button("proposal-set-execution")).click();
        var dialog = $(ExecutionDialog.class).single();
        test(dialog.owner).selectItem(dialog.owner.getListDataView().getItems().findFirst().orElseThrow().name());
        test(dialog.budget).setValue("abc");
        test(button("execution-save")).click();
        assertThat(dialog.budget.isInvalid()).isTrue();
        assertThat(dialog.budget.getErrorMessage()).startsWith("请填写预算");

        test(dialog.budget).setValue("50,000");
        dialog.rows.get(0).source.setValue(org.cocreate.proposal.FundingSource.COMMUNITY);
        test(dialog.rows.get(0).amount).setValue("30000");
        dialog.rows.get(1).source.setValue(org.cocreate.proposal.FundingSource.STATIONED_UNIT);
        test(dialog.rows.get(1).sponsor).setValue("市自来水公司");
        test(dialog.rows.get(1).amount).setValue("19999");
        test(button("execution-save")).click();
        assertThat(dialog.rows.get(0).amount.getErrorMessage()).isEqualTo("各项资金合计须等于预算：预算 50000.00 元，合计 49999.00 元");
        assertThat($(ExecutionDialog.class).exists()).as("the dialog stays open").isTrue();

        test(dialog.rows.get(1).amount).setValue("20,000");
        test(button("execution-save")).click();
        assertThat($(ExecutionDialog.class).exists()).isFalse();
        assertThat(page.execution.getElement().getTextRecursively()).contains("¥50,000.00", "驻区单位（市自来水公司）",
                "¥20,000.00");

        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        page = page(entry.id());
        test(button("proposal-report-progress")).click();
        var progress = $(ProgressDialog.class).single();
        test(button("progress-save")).click();
        assertThat(progress.text.isInvalid()).as("no progress written").isTrue();
        test(progress.text).setValue("步道基础已完成");
        test(button("progress-save")).click();
        assertThat(page.execution.getElement().getTextRecursively()).contains("实施进展", "步道基础已完成");

        data.move(entry.id(), ProposalStatus.DONE, "步道已建成");
        page = page(entry.id());
        test(button("proposal-evaluate")).click();
        var evaluation = $(EvaluationDialog.class).single();
        test(button("evaluation-save")).click();
        assertThat(evaluation.verdict.isInvalid()).as("no verdict chosen").isTrue();
        evaluation.verdict.setValue(org.cocreate.proposal.Verdict.SATISFIED);
        test(button("evaluation-save")).click();
        assertThat(page.execution.getElement().getTextRecursively()).contains("满意 1 · 基本满意 0 · 不满意 0");
        test(button("proposal-close-evaluation")).click();
        assertThat(page.summary.getElement().getTextRecursively()).contains("已评议");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void anAdoptedProposalOffersGrantsToItsProposerAndSupportersThroughTheUsualGrantScreens() {
        List<Long> residents = data.residents(CommunityTestData.WENFENG, 14).subList(8, 11);
        long resident = residents.get(0);
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.SAFETY,
                data.uniqueTitle("加装监控"), resident);
        data.proposals.addSupporter(entry.id(), residents.get(1));
        data.proposals.addSupporter(entry.id(), residents.get(2));
        page(entry.id());
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null
                && b.getTestId().startsWith("proposal-grant"));
        data.move(entry.id(), ProposalStatus.ADOPTED, "同意");
        page(entry.id());
        assertThat(button("proposal-grant").getText()).isEqualTo("为提议人发放积分（建议被采纳）");
        assertThat(button("proposal-grant-supporters").getText()).isEqualTo("为 2 位附议人发放积分（附议的建议被采纳）");

        test(button("proposal-grant")).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("GrantView");
        assertThat($(TextArea.class).all()).anyMatch(t -> t.getValue().equals("提议被采纳：" + entry.title()));
        assertThat($(com.vaadin.flow.component.html.Span.class).all())
                .anyMatch(s -> s.getText().equals(residentName(resident)));
        assertThat(selectedRules()).as("the standard's rule for an adopted proposal, picked").singleElement()
                .satisfies(chip -> assertThat(chip.getElement().getTextRecursively()).contains("建议被采纳"));

        page(entry.id());
        test(button("proposal-grant-supporters")).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("BulkGrantView");
        @SuppressWarnings("unchecked")
        var checklist = (com.vaadin.flow.component.grid.Grid<Object>) $(com.vaadin.flow.component.grid.Grid.class)
                .withTestId("bulk-checklist").single();
        assertThat(test(checklist).size()).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(row -> test(checklist).getCellText(row, 1)))
                .containsExactlyInAnyOrder(residentName(residents.get(1)), residentName(residents.get(2)));
        assertThat(selectedRules()).singleElement()
                .satisfies(chip -> assertThat(chip.getElement().getTextRecursively()).contains("附议的建议被采纳"));
        assertThat($(TextArea.class).all()).anyMatch(t -> t.getValue().equals("提议被采纳：" + entry.title()));
    }

    /** The rule chips shown as picked on a grant screen. */
    private List<Button> selectedRules() {
        return $(Button.class).all().stream().filter(b -> b.getClassNames().contains("selected")).toList();
    }
}
