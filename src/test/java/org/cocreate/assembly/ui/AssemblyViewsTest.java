package org.cocreate.assembly.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.assembly.AssemblyDraft;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.AssemblyTestData;
import org.cocreate.assembly.Electorate;
import org.cocreate.assembly.Matter;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.cocreate.proposal.ProposalDraft;
import org.cocreate.assembly.Threshold;
import org.cocreate.community.CompoundEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The assembly's screens, browserless: an item refused without its matter, the vote opened, a written ballot at
 * a door refused without a choice and then recorded (participation and the doors follow), the close with its
 * result; the owner's phone ballot; a committee member reads but prepares nothing.
 */
@ViewTest
class AssemblyViewsTest extends SpringBrowserlessTest {

    @Autowired
    AssemblyTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.cocreate.proposal.ProposalService proposals;

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void anItemNeedsItsMatterTheVoteOpensAWrittenBallotAtTheDoorMovesParticipationAndTheCloseDecides() {
        var compound = data.compound(3, "88.00");
        AssemblyEntry draft = data.asAdmin(() -> data.assemblies.create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), "加装电梯业主大会", data.today(), data.today().plusDays(14))));
        navigate(AssemblyView.class, Map.of(AssemblyView.PARAMETER, String.valueOf(draft.id())));
        var view = $(AssemblyView.class).single();
        assertThat(view.participation.isVisible()).isFalse();
        assertThat(view.facts.getText()).as("no electorate before the opening").contains("开始表决时按房产清册确定")
                .doesNotContain("0 户");

        test(view.addItem).click();
        @SuppressWarnings("unchecked")
        Select<Matter> matter = $(Select.class).withTestId("assembly-item-matter").single();
        var title = $(TextField.class).withTestId("assembly-item-title").single();
        test(title).setValue("1栋加装电梯");
        test(button("assembly-item-save")).click();
        assertThat(matter.isInvalid()).isTrue();
        assertThat(matter.getErrorMessage()).isEqualTo("请选择表决事项的类别（它决定通过的比例）");
        assertThat(jdbc.sql("select count(*) from assembly_item where assembly_id = ?").param(draft.id())
                .query(Long.class).single()).isZero();
        matter.setValue(Matter.RENOVATE);
        test(button("assembly-item-save")).click();
        assertThat(view.items.getElement().getTextRecursively()).contains("1. 1栋加装电梯", "改建、重建建筑物及其附属设施",
                "不少于 2/3", "不少于 3/4");

        test(view.open).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.participation.getElement().getTextRecursively()).contains("面积 0.00 / 264.00 ㎡（0%）",
                "人数 0 / 3（0%）", "参与尚未达标");
        long door = compound.unitIds().getFirst();
        test(button("assembly-door-" + door)).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Electorate.Choice> choice = $(RadioButtonGroup.class).withTestId("assembly-written-choice-0")
                .single();
        test(button("assembly-written-save")).click();
        assertThat(choice.isInvalid()).as("no choice: refused at the item").isTrue();
        assertThat(jdbc.sql("select count(*) from assembly_ballot where assembly_id = ?").param(draft.id())
                .query(Long.class).single()).isZero();
        choice.setValue(Electorate.Choice.FOR);
        test(button("assembly-written-save")).click();
        assertThat(view.participation.getElement().getTextRecursively()).contains("面积 88.00 / 264.00 ㎡（33.33%）",
                "人数 1 / 3（33.33%）");
        assertThat($(Button.class).all()).noneMatch(b -> ("assembly-door-" + door).equals(b.getTestId()));

        // The owner changed their mind: the same unit found among all, its paper shown as recorded, changed.
        var anyUnit = view.anyUnit;
        test(anyUnit).selectItem(anyUnit.getGenericDataView().getItems().filter(u -> u.unitId() == door).findFirst()
                .orElseThrow().address());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Electorate.Choice> again = $(RadioButtonGroup.class).withTestId("assembly-written-choice-0")
                .single();
        assertThat(again.getValue()).isEqualTo(Electorate.Choice.FOR);
        test(button("assembly-written-phone")).click();
        assertThat($(com.vaadin.flow.component.html.Image.class).withTestId("assembly-phone-qr").single().getSrc())
                .startsWith("data:image/png;base64,");
        $(com.vaadin.flow.component.dialog.Dialog.class).all().getLast().close();
        again.setValue(Electorate.Choice.AGAINST);
        test(button("assembly-written-save")).click();
        assertThat(jdbc.sql("select choice from assembly_ballot where assembly_id = ? and unit_id = ?")
                .params(draft.id(), door).query(String.class).single()).isEqualTo("AGAINST");

        // The other two owners vote by phone, one for and one against.
        List<String> tokens = jdbc.sql("select token from assembly_unit where assembly_id = ? and unit_id <> ?"
                + " order by unit_id").params(draft.id(), door).query(String.class).list();
        navigate(OwnerBallotView.class, Map.of(OwnerBallotView.PARAMETER, tokens.get(0)));
        test(button("owner-ballot-0-for")).click();
        assertThat($(OwnerBallotView.class).single().items.getElement().getTextRecursively())
                .contains("您的表决：同意");
        navigate(OwnerBallotView.class, Map.of(OwnerBallotView.PARAMETER, tokens.get(1)));
        test(button("owner-ballot-0-against")).click();
        navigate(OwnerBallotView.class, Map.of(OwnerBallotView.PARAMETER, "no-such-link"));
        assertThat($(OwnerBallotView.class).single().notice.getText()).isEqualTo("这个表决链接无效，请联系社区工作人员");

        navigate(AssemblyView.class, Map.of(AssemblyView.PARAMETER, String.valueOf(draft.id())));
        view = $(AssemblyView.class).single();
        assertThat(view.participation.getElement().getTextRecursively()).contains("参与已达标");
        assertThat(view.toVisit.getElement().getTextRecursively()).contains("所有专有部分都已表决");
        test(view.close).click();
        test($(TextArea.class).withTestId("assembly-close-note").single()).setValue("三户中两户同意");
        test(button("assembly-close-save")).click();
        assertThat(view.items.getElement().getTextRecursively()).contains("未通过", "同意", "88.00 ㎡ · 1 人",
                "176.00 ㎡ · 2 人", "同意占参与者：面积 33.33%，人数 33.33%（须不少于 3/4）");
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.closeNote.getText()).isEqualTo("决定说明：三户中两户同意");
        assertThat(view.participation.getElement().getTextRecursively()).contains("参与达标", "0 户未表决")
                .doesNotContain("还有");
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void theMeetingDeskFindsAnOwnerWhoseBallotCountsForAllTheirUnitsAndAPapersPhotoIsShownAgain() throws Exception {
        var compound = data.compound(List.of("90.00", "60.00", "70.00"), List.of("A", "A", "B"));
        AssemblyEntry assembly = data.opened(compound, Matter.RENOVATE);
        navigate(AssemblyView.class, Map.of(AssemblyView.PARAMETER, String.valueOf(assembly.id())));
        var view = $(AssemblyView.class).single();

        assertThat(button("assembly-door-" + compound.unitIds().get(2)).getText()).as("the entrance and the room")
                .isEqualTo("1单元 101");
        test(view.atMeeting).selectItem("业主A · 2 户 · 150.00 ㎡ · 测试小区 1栋 1单元 101");
        var dialog = $(MeetingBallotDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("名下 2 户", "150.00");
        test(button("assembly-meeting-save")).click();
        assertThat(dialog.items.choices.values().iterator().next().isInvalid()).as("no choice: refused").isTrue();
        assertThat(jdbc.sql("select count(*) from assembly_ballot where assembly_id = ?").param(assembly.id())
                .query(Long.class).single()).isZero();
        dialog.items.choices.values().iterator().next().setValue(Electorate.Choice.FOR);
        test(button("assembly-meeting-save")).click();
        assertThat(jdbc.sql("select count(*) from assembly_ballot where assembly_id = ? and way = 'MEETING'")
                .param(assembly.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(view.participation.getElement().getTextRecursively()).contains("面积 150.00 / 220.00 ㎡",
                "人数 1 / 2");

        // B's paper with its photo; opened again, the paper recorded is there to look at.
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        long b = compound.unitIds().get(2);
        data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), b, List.of(org.cocreate.assembly.ItemVote.of(
                    assembly.items().getFirst().id(), Electorate.Choice.AGAINST)),
                    new org.cocreate.assembly.BallotPicture("image/png", png.toByteArray()));
            return null;
        });
        test(view.anyUnit).selectItem("测试小区 2栋 1单元 101");
        test(button("assembly-written-paper")).click();
        assertThat($(com.vaadin.flow.component.html.Image.class).withTestId("assembly-paper-full").single().getSrc())
                .isNotBlank();
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void anItemPutFromAProposalTakesItsWordsAndLinksToIt() {
        var compound = data.compound(2, "80.00");
        long proposal = data.asAdmin(() -> proposals.submit(compound.communityId(), new ProposalDraft(
                compound.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "楼道加装扶手", "老人上下楼要扶手",
                compound.residentId()))).id();
        AssemblyEntry draft = data.asAdmin(() -> data.assemblies.create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), "扶手业主大会", data.today(), data.today().plusDays(14))));
        navigate(AssemblyView.class, Map.of(AssemblyView.PARAMETER, String.valueOf(draft.id())));
        var view = $(AssemblyView.class).single();
        test(view.addItem).click();
        @SuppressWarnings("unchecked")
        Select<Matter> matter = $(Select.class).withTestId("assembly-item-matter").single();
        matter.setValue(Matter.RENOVATE);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.cocreate.proposal.ProposalEntry> from =
                $(com.vaadin.flow.component.combobox.ComboBox.class).withTestId("assembly-item-proposal").single();
        test(from).selectItem("楼道加装扶手");
        assertThat($(TextField.class).withTestId("assembly-item-title").single().getValue()).isEqualTo("楼道加装扶手");
        test(button("assembly-item-save")).click();
        var link = $(com.vaadin.flow.component.html.Anchor.class).withTestId("assembly-item-proposal-0").single();
        assertThat(link.getText()).isEqualTo("来自居民提议：楼道加装扶手");
        assertThat(link.getHref()).isEqualTo("proposals/" + proposal);
        assertThat(view.items.getElement().getTextRecursively()).contains("老人上下楼要扶手");

        // The plan added to the item while prepared: a link to open it, and a file that is no paper refused.
        var upload = $(com.vaadin.flow.component.upload.Upload.class).withTestId("assembly-paper-upload-0").single();
        test(upload).upload("扶手方案.pdf", "application/pdf",
                "%PDF-1.4 扶手".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all().stream().map(Anchor::getText))
                .contains("扶手方案.pdf（1 KB）");
        upload = $(com.vaadin.flow.component.upload.Upload.class).withTestId("assembly-paper-upload-0").single();
        test(upload).upload("病毒.pdf", "application/pdf", "MZ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select count(*) from assembly_attachment where assembly_id = ?").param(draft.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void anOwnersPhoneMarksCandidatesUpToTheSeatsInAnElection() {
        var compound = data.compound(3, "90.00");
        AssemblyEntry assembly = data.asAdmin(() -> {
            AssemblyEntry created = data.assemblies.create(compound.communityId(), new AssemblyDraft(
                    compound.compoundId(), "选举业主委员会", data.today(), data.today().plusDays(14)));
            data.assemblies.addItem(created.id(), new org.cocreate.assembly.ItemDraft(Matter.COMMITTEE,
                    "选举第一届业主委员会", null, null, List.of("王芳", "李强", "赵敏"), 2));
            return data.assemblies.open(created.id());
        });
        String token = jdbc.sql("select min(token) from assembly_unit where assembly_id = ?").param(assembly.id())
                .query(String.class).single();
        navigate(OwnerBallotView.class, Map.of(OwnerBallotView.PARAMETER, token));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<String> marks = $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).withTestId("owner-ballot-marks-0").single();
        marks.setValue(java.util.Set.of("王芳", "赵敏"));
        assertThat(marks.getItemEnabledProvider().test("李强")).as("two seats, two marked").isFalse();
        assertThat(marks.getItemEnabledProvider().test("王芳")).isTrue();
        assertThat(marks.getChildren().map(com.vaadin.flow.component.checkbox.Checkbox.class::cast)
                .filter(box -> "李强".equals(box.getLabel())).findFirst().orElseThrow().getElement()
                .getProperty("disabled", false)).as("the box drawn disabled").isTrue();
        test(button("owner-ballot-send-0")).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withTestId("owner-ballot-yours-0").single()
                .getText()).isEqualTo("您的表决：王芳、赵敏（截止前可以更改）");
        assertThat(jdbc.sql("select marked from assembly_ballot where assembly_id = ?").param(assembly.id())
                .query(String.class).single()).isEqualTo("0,2");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberReadsTheAssembliesButPreparesNothing() {
        navigate(AssembliesView.class);
        var view = $(AssembliesView.class).single();
        assertThat(view.create.isVisible()).isFalse();
        // The covenant's shares are shown, not offered to change.
        test(view.covenant).click();
        var dialog = $(CovenantDialog.class).single();
        assertThat(dialog.participation.isReadOnly()).isTrue();
        assertThat(dialog.decisions.get(Matter.RENOVATE).isReadOnly()).isTrue();
        assertThat($(Button.class).all()).noneMatch(b -> "covenant-save".equals(b.getTestId()));
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void theCovenantOffersNothingLooserThanTheLawAndTheNextVoteCountsByIt() {
        var compound = data.compound(2, "80.00");
        var entry = new CompoundEntry(compound.compoundId(), "测试小区", null, 2, 1, java.util.Set.of());
        navigate(AssembliesView.class);
        var dialog = new CovenantDialog(data.covenants, List.of(entry), true);
        dialog.open();
        roundTrip();
        assertThat(dialog.participation.getValue()).isEqualTo(Threshold.AT_LEAST_TWO_THIRDS);
        var renovate = dialog.decisions.get(Matter.RENOVATE);
        assertThat(renovate.getGenericDataView().getItems().toList()).as("three quarters and up for a renovation")
                .containsExactly(Threshold.AT_LEAST_THREE_QUARTERS, Threshold.AT_LEAST_FOUR_FIFTHS);
        assertThat(renovate.getItemLabelGenerator().apply(Threshold.AT_LEAST_THREE_QUARTERS)).isEqualTo("不少于 3/4（法定）");
        assertThat(dialog.decisions.get(Matter.COMMITTEE).getGenericDataView().getItems().toList())
                .contains(Threshold.MORE_THAN_HALF);

        test(renovate).selectItem("不少于 4/5");
        test(button("covenant-save")).click();
        assertThat(data.asAdmin(() -> data.covenants.covenant(compound.compoundId())).decision(Matter.RENOVATE))
                .isEqualTo(Threshold.AT_LEAST_FOUR_FIFTHS);

        // The next assembly of the compound shows the covenant's share for its renovation.
        AssemblyEntry draft = data.asAdmin(() -> data.assemblies.create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), "外立面改造", data.today(), data.today().plusDays(14))));
        data.asAdmin(() -> data.assemblies.addItem(draft.id(), org.cocreate.assembly.ItemDraft.of(Matter.RENOVATE,
                "外立面改造", null, null)));
        navigate(AssemblyView.class, Map.of(AssemblyView.PARAMETER, String.valueOf(draft.id())));
        assertThat($(AssemblyView.class).single().items.getElement().getTextRecursively()).contains("不少于 4/5")
                .doesNotContain("不少于 3/4");
    }
}
