package org.cocreate.meeting.ui;

import static org.cocreate.LiveAccess.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CommunityTestData;
import org.cocreate.meeting.ItemDraft;
import org.cocreate.meeting.ItemEntry;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingTestData;
import org.cocreate.meeting.MeetingType;
import org.cocreate.meeting.MemberEntry;
import org.cocreate.meeting.VoteChoice;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.ProposalTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class MeetingViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeetingTestData data;
    @Autowired
    ProposalTestData proposals;
    @Autowired
    JdbcClient jdbc;

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    private MeetingView page(long meetingId) {
        navigate(MeetingView.class, Map.of(MeetingView.PARAMETER, String.valueOf(meetingId)));
        return $(MeetingView.class).single();
    }

    private long rows() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerCallsAMeetingAndAnEndBeforeTheStartIsRefusedAtItsField() {
        navigate(MeetingsView.class);
        var list = $(MeetingsView.class).single();
        test(list.create).click();
        var form = $(MeetingForm.class).single();
        String title = data.uniqueTitle("十二月居民议事会");
        test(form.title).setValue(title);
        test(form.place).setValue("社区活动室");
        form.date.setValue(LocalDate.now().plusDays(3));
        form.from.setValue(LocalTime.of(19, 0));
        form.to.setValue(LocalTime.of(18, 0));
        long before = rows();
        test(button("meeting-save")).click();
        assertThat(form.to.isInvalid()).isTrue();
        assertThat(form.to.getErrorMessage()).isEqualTo("结束时间必须晚于开始时间");
        assertThat(rows()).isEqualTo(before);

        form.to.setValue(LocalTime.of(21, 0));
        test(button("meeting-save")).click();

        var page = $(MeetingView.class).single();
        assertThat(page.getPageTitle()).isEqualTo(title);
        assertThat(page.summary.getElement().getTextRecursively()).contains("筹备中", "议事协商会", "社区活动室");
        assertThat(page.quorum.getElement().getTextRecursively()).contains("未达法定人数", "应到 0 人");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theSecretaryChecksInOffersAGuestOpensTheVoteWithQuorumRecordsAVoteAndClosesIt() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 36, 4);
        var proposal = proposals.submit(proposals.compound(CommunityTestData.WENFENG, 0), ProposalCategory.GREENING,
                proposals.uniqueTitle("楼前空地改成小花园"), null);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r.subList(0, 3));
        ItemEntry item = data.meetings.addItem(meeting.id(), ItemDraft.proposal(proposal.id()));
        data.meetings.open(meeting.id());
        var page = page(meeting.id());

        // Without quorum the vote does not open: said, nothing changes.
        test(button("meeting-vote-open-" + item.id())).click();
        assertThat(data.meetings.items(meeting.id()).getFirst().status().name()).isEqualTo("PENDING");

        test(button("meeting-check-in-" + r.get(0))).click();
        test(button("meeting-check-in-" + r.get(1))).click();
        assertThat(page.quorum.getElement().getTextRecursively()).contains("已达法定人数", "实到 2 人");
        // Someone not on the list: offered as a guest.
        page.checkIn(r.get(3), "路人");
        var offer = $(ConfirmDialog.class).single();
        test(offer).confirm();
        assertThat(data.meetings.members(meeting.id())).filteredOn(MemberEntry::guest).singleElement()
                .extracting(MemberEntry::residentId).isEqualTo(r.get(3));
        assertThat(page.quorum.getElement().getTextRecursively()).contains("实到 2 人");

        test(button("meeting-vote-open-" + item.id())).click();
        test(button("meeting-vote-record-" + item.id())).click();
        test(button("meeting-vote-save")).click();
        @SuppressWarnings("unchecked")
        ComboBox<MemberEntry> member = $(ComboBox.class).withTestId("meeting-vote-member").single();
        assertThat(member.isInvalid()).as("no member chosen").isTrue();
        assertThat(member.getListDataView().getItems().map(MemberEntry::residentId).toList())
                .as("only members present, no guest").containsExactlyInAnyOrder(r.get(0), r.get(1));
        member.setValue(member.getListDataView().getItems().filter(m -> m.residentId() == r.get(0)).findFirst()
                .orElseThrow());
        test(button("meeting-vote-save")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteChoice> choice = $(RadioButtonGroup.class).withTestId("meeting-vote-choice").single();
        assertThat(choice.getErrorMessage()).isEqualTo("请选择赞成、反对或弃权");
        choice.setValue(VoteChoice.FOR);
        test(button("meeting-vote-save")).click();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        data.voting.vote(item.id(), r.get(1), VoteChoice.FOR, org.cocreate.meeting.VoteWay.PAPER);
        page.refresh();
        assertThat(page.agenda.getElement().getTextRecursively()).contains("赞成 2 · 反对 0 · 弃权 0 · 未投 0");

        test(button("meeting-vote-close-" + item.id())).click();
        var decision = $(TextArea.class).withTestId("meeting-vote-decision").single();
        assertThat(decision.getValue()).contains("赞成 2 票");
        test(decision).setValue(" ");
        test(button("meeting-vote-close-save")).click();
        assertThat(decision.isInvalid()).isTrue();
        test(decision).setValue("经议事会表决通过，由物业本月内施工");
        var owner = $(com.vaadin.flow.component.textfield.TextField.class).withTestId("meeting-vote-owner").single();
        test(owner).setValue("华润物业");
        var deadline = $(com.vaadin.flow.component.datepicker.DatePicker.class).withTestId("meeting-vote-deadline")
                .single();
        // Typed before the meeting's day: refused at its field by the service, nothing closed.
        deadline.setValue(LocalDate.now().minusDays(3));
        test(button("meeting-vote-close-save")).click();
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("完成期限不能早于会议日期");
        assertThat(data.meetings.items(meeting.id()).getFirst().status())
                .isEqualTo(org.cocreate.meeting.ItemStatus.VOTING);
        deadline.setValue(LocalDate.now().plusDays(30));
        test(button("meeting-vote-close-save")).click();

        assertThat(page.agenda.getElement().getTextRecursively()).contains("表决通过：经议事会表决通过，由物业本月内施工");
        assertThat(data.meetings.items(meeting.id()).getFirst()).satisfies(closed -> {
            assertThat(closed.owner()).isEqualTo("华润物业");
            assertThat(closed.deadline()).isEqualTo(LocalDate.now().plusDays(30));
        });
        assertThat(proposals.proposals.get(proposal.id()).status()).isEqualTo(ProposalStatus.ADOPTED);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aCheckedInMemberGetsABallotQrCodeAndTheLinkVotesFromAPhone() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 41, 2);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r);
        ItemEntry item = data.meetings.addItem(meeting.id(), ItemDraft.topic("楼道加装扶手"));
        data.openWith(meeting.id(), r);
        page(meeting.id());
        test(button("meeting-ballot-" + r.get(0))).click();
        var link = $(com.vaadin.flow.component.html.Anchor.class).withTestId("meeting-ballot-link").single();
        String token = link.getHref().substring(link.getHref().lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat($(com.vaadin.flow.component.html.Image.class).all())
                .anyMatch(image -> image.getSrc().startsWith("data:image/png;base64,"));
        data.voting.openVote(item.id());

        navigate(BallotView.class, Map.of(BallotView.PARAMETER, token));
        var ballot = $(BallotView.class).single();
        assertThat(ballot.itemTitle.getText()).isEqualTo("楼道加装扶手");
        assertThat(ballot.yourVote.getText()).isEqualTo("请点选一项");
        test(ballot.choices.get(VoteChoice.AGAINST)).click();
        assertThat(ballot.yourVote.getText()).startsWith("您已投：反对");
        test(ballot.choices.get(VoteChoice.FOR)).click();
        assertThat(ballot.choices.get(VoteChoice.FOR).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(data.voting.votes(item.id())).singleElement().extracting(v -> v.choice()).isEqualTo(VoteChoice.FOR);

        // A link of no one: one plain sentence.
        navigate(BallotView.class, Map.of(BallotView.PARAMETER, "B".repeat(43)));
        var invalid = $(BallotView.class).single();
        assertThat(invalid.invalid.isVisible()).isTrue();
        assertThat(invalid.invalid.getText()).isEqualTo("这个表决链接已经失效");
        assertThat(invalid.item.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aPhoneFollowsItsOwnVoteAndTheMeetingButNotTheOtherMembersVotes() throws InterruptedException {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 38, 3);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r);
        ItemEntry item = data.meetings.addItem(meeting.id(), ItemDraft.topic("楼道灯改声控"));
        data.openWith(meeting.id(), r.subList(0, 2));
        String token = data.meetings.issueBallot(meeting.id(), r.get(0));
        data.voting.openVote(item.id());
        navigate(BallotView.class, Map.of(BallotView.PARAMETER, token));
        var phone = $(BallotView.class).single();
        assertThat(phone.itemTitle.getText()).isEqualTo("楼道灯改声控");
        // Changed behind the screens' back (no event): the phone shows it only when it reloads.
        jdbc.sql("update meeting_item set title = ? where id = ?").params("楼道灯改为声控灯", item.id()).update();

        // The other member's vote: nothing new for this phone, which does not reload.
        data.voting.vote(item.id(), r.get(1), VoteChoice.AGAINST, org.cocreate.meeting.VoteWay.HAND);
        await(() -> false);
        assertThat(phone.itemTitle.getText()).isEqualTo("楼道灯改声控");

        // Its own member's vote, recorded by the secretary: shown.
        data.voting.vote(item.id(), r.get(0), VoteChoice.FOR, org.cocreate.meeting.VoteWay.HAND);
        await(() -> phone.yourVote.getText().startsWith("您已投：赞成"));
        assertThat(phone.yourVote.getText()).startsWith("您已投：赞成");
        assertThat(phone.itemTitle.getText()).isEqualTo("楼道灯改为声控灯");

        // Anything else of the meeting (a late check-in): reloaded.
        jdbc.sql("update meeting_item set title = ? where id = ?").params("楼道灯全部改为声控灯", item.id()).update();
        data.meetings.checkIn(meeting.id(), r.get(2));
        await(() -> phone.itemTitle.getText().equals("楼道灯全部改为声控灯"));
        assertThat(phone.itemTitle.getText()).isEqualTo("楼道灯全部改为声控灯");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminSetsATypesRulesAndAShareOutOfRangeIsRefusedAtItsField() {
        navigate(MeetingsView.class);
        var list = $(MeetingsView.class).single();
        test(list.rules).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<MeetingType> type = $(com.vaadin.flow.component.select.Select.class)
                .withTestId("rules-type").single();
        type.setValue(MeetingType.JOINT);
        var quorum = $(com.vaadin.flow.component.textfield.IntegerField.class).withTestId("rules-quorum").single();
        var majority = $(com.vaadin.flow.component.textfield.IntegerField.class).withTestId("rules-majority").single();
        assertThat(quorum.getValue()).isEqualTo(50);
        quorum.setValue(120);
        test(button("rules-save")).click();
        assertThat(quorum.isInvalid()).isTrue();
        assertThat(quorum.getErrorMessage()).isEqualTo("比例必须在 1% 到 99% 之间");
        assertThat(data.meetings.rule(data.communities.wenfeng(), MeetingType.JOINT))
                .isEqualTo(org.cocreate.meeting.MeetingRule.DEFAULT);
        quorum.setValue(66);
        majority.setValue(50);
        test(button("rules-save")).click();
        assertThat(data.meetings.rule(data.communities.wenfeng(), MeetingType.JOINT))
                .isEqualTo(new org.cocreate.meeting.MeetingRule(66, 50));
        data.meetings.setRule(data.communities.wenfeng(), MeetingType.JOINT, org.cocreate.meeting.MeetingRule.DEFAULT);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberReadsAMeetingButRunsNothing() {
        navigate(MeetingsView.class);
        assertThat($(MeetingsView.class).single().create.isVisible()).isFalse();
        assertThat($(MeetingsView.class).single().rules.isVisible()).isFalse();
        long demo = jdbc.sql("select min(id) from meeting").query(Long.class).single();
        var page = page(demo);
        assertThat(page.actions.isVisible()).isFalse();
        assertThat(page.checkIn.isVisible()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null && b.getTestId().startsWith("meeting-"));
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theProjectorCountsTheVotesAndTheMinutesListThemInPrintAndWordAndThePublicPageOnlyTheCounts()
            throws Exception {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 47, 3);
        MeetingEntry meeting = data.meeting(MeetingType.REPRESENTATIVES, r);
        ItemEntry item = data.meetings.addItem(meeting.id(), ItemDraft.topic("增设快递柜"));
        data.openWith(meeting.id(), r.subList(0, 2));
        data.voting.openVote(item.id());
        data.voting.vote(item.id(), r.get(0), VoteChoice.FOR, org.cocreate.meeting.VoteWay.HAND);

        navigate(MeetingScreenView.class, Map.of(MeetingView.PARAMETER, String.valueOf(meeting.id())));
        var screen = $(MeetingScreenView.class).single();
        assertThat(screen.quorum.getElement().getTextRecursively()).contains("实到 2 人 / 应到 3 人", "已达法定人数");
        assertThat(screen.current.getElement().getTextRecursively()).contains("增设快递柜");
        assertThat($(com.vaadin.flow.component.html.Span.class).withTestId("screen-count-for").single().getText())
                .isEqualTo("1");
        data.voting.vote(item.id(), r.get(1), VoteChoice.FOR, org.cocreate.meeting.VoteWay.PAPER);
        LocalDate deadline = meeting.startsAt().toLocalDate().plusDays(14);
        data.voting.closeItem(item.id(), new org.cocreate.meeting.ItemDecision("同意在2号楼下增设快递柜", "小区业委会",
                deadline));
        screen.refresh();
        assertThat($(com.vaadin.flow.component.html.Span.class).withTestId("screen-result").single().getText())
                .isEqualTo("表决通过");
        data.meetings.close(meeting.id());

        navigate(MinutesView.class, Map.of(MeetingView.PARAMETER, String.valueOf(meeting.id())));
        var minutes = $(MinutesView.class).single();
        String printed = minutes.body.getElement().getTextRecursively();
        assertThat(printed).contains("出席：", "缺席：", "表决结果：表决通过", "决定：同意在2号楼下增设快递柜", "举手", "纸质表决票",
                "负责落实：小区业委会", "完成期限：" + deadline);
        byte[] word = MinutesDocument.docx(minutes, minutesOf(meeting.id()));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(meeting.title(), "增设快递柜", "表决通过", "举手", "纸质表决票", "负责落实：小区业委会",
                    "完成期限：" + deadline);
            assertThat(document.getTables()).singleElement().satisfies(table ->
                    assertThat(table.getNumberOfRows()).as("a header and both votes").isEqualTo(3));
        }
        assertThat(minutes.publish.isVisible()).isTrue();
        test(minutes.publish).click();
        assertThat(minutes.publish.isVisible()).isFalse();

        navigate("public/points/" + data.communities.wenfeng(), com.vaadin.flow.component.Component.class);
        String onThePublicPage = $(PublicDecisionsSection.class).single().getElement().getTextRecursively();
        assertThat(onThePublicPage).contains("增设快递柜", "赞成 2 · 反对 0 · 弃权 0", "同意在2号楼下增设快递柜",
                        "负责：小区业委会 · 期限：" + deadline)
                .doesNotContain("举手", "纸质表决票");
    }

    @Autowired
    org.cocreate.meeting.MinutesService minutesService;

    private org.cocreate.meeting.Minutes minutesOf(long meetingId) {
        return minutesService.minutes(meetingId);
    }
}
