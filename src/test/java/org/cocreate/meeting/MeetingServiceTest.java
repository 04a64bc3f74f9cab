package org.cocreate.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CommunityTestData;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
import org.cocreate.points.StandardStatus;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.ProposalTestData;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class MeetingServiceTest {

    @Autowired
    MeetingTestData data;
    @Autowired
    ProposalTestData proposals;
    @Autowired
    ScoringStandardService standards;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MinutesService minutes;

    private <T> T asWorker(Supplier<T> action) {
        return data.runAs.get(DemoUsers.WENFENG_WORKER, action);
    }

    private void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private ItemEntry topic(long meetingId) {
        return asWorker(() -> data.meetings.addItem(meetingId, ItemDraft.topic("小区停车收费方案")));
    }

    @Test
    void aMeetingIsCalledWithItsTypesRulesAndBadInputChangesNothing() {
        long wenfeng = data.communities.wenfeng();
        LocalDateTime start = LocalDateTime.of(2027, 3, 5, 19, 0);
        long before = rows("meeting");
        refused(() -> asWorker(() -> data.meetings.schedule(wenfeng, new MeetingDraft(MeetingType.CONSULTATION,
                "夜话会", "活动室", start, start.minusHours(1)))), "endsAt", "meeting.endsAt.beforeStart");
        refused(() -> asWorker(() -> data.meetings.schedule(wenfeng, new MeetingDraft(MeetingType.CONSULTATION,
                " ", "活动室", start, start.plusHours(1)))), "title", "meeting.title.invalid");
        refused(() -> asWorker(() -> data.meetings.schedule(wenfeng, new MeetingDraft(null, "夜话会", "活动室", start,
                start.plusHours(1)))), "type", "meeting.type.required");
        assertThat(rows("meeting")).isEqualTo(before);

        MeetingEntry meeting = asWorker(() -> data.meetings.schedule(wenfeng, new MeetingDraft(
                MeetingType.REPRESENTATIVES, data.uniqueTitle("居民代表大会"), "社区会议室", start, start.plusHours(2))));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.rule()).isEqualTo(MeetingRule.DEFAULT);
        assertThat(asWorker(() -> data.meetings.meetings(wenfeng))).extracting(MeetingEntry::id).contains(meeting.id());
        // Another community's worker neither sees nor runs it.
        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> {
            assertThatThrownBy(() -> data.meetings.get(meeting.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> data.meetings.open(meeting.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> data.meetings.meetings(wenfeng)).isInstanceOf(AccessDeniedException.class);
        });
        // Residents of another community are not invited.
        List<Long> longmen = data.residents(CommunityTestData.LONGMEN, 0, 1);
        refused(() -> asWorker(() -> data.meetings.invite(meeting.id(), longmen)), "residentIds",
                "meeting.resident.notHere");
    }

    @Test
    void theQuorumFollowsCheckInsAndAVoteOpensOnlyWithIt() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 2, 6);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r.subList(0, 5));
        ItemEntry item = topic(meeting.id());
        data.openWith(meeting.id(), r.subList(0, 2));

        Quorum two = asWorker(() -> data.meetings.quorum(meeting.id()));
        assertThat(two).isEqualTo(new Quorum(5, 2, 3, false));
        refused(() -> asWorker(() -> data.voting.openVote(item.id())), "item", "meeting.quorum.notReached");
        // Someone not invited: refused, then in as a guest, who does not count.
        refused(() -> asWorker(() -> data.meetings.checkIn(meeting.id(), r.get(5))), "residentId",
                "meeting.member.notInvited");
        assertThat(asWorker(() -> data.meetings.checkInGuest(meeting.id(), r.get(5))).present()).isEqualTo(2);
        // Checking in twice changes nothing; a mistaken tap is undone.
        asWorker(() -> data.meetings.checkIn(meeting.id(), r.get(0)));
        assertThat(asWorker(() -> data.meetings.checkIn(meeting.id(), r.get(2))).reached()).isTrue();
        assertThat(asWorker(() -> data.meetings.undoCheckIn(meeting.id(), r.get(2))).reached()).isFalse();
        Quorum three = asWorker(() -> data.meetings.checkIn(meeting.id(), r.get(3)));
        assertThat(three).isEqualTo(new Quorum(5, 3, 3, true));

        assertThat(asWorker(() -> data.voting.openVote(item.id())).status()).isEqualTo(ItemStatus.VOTING);
        ItemEntry second = topic(meeting.id());
        refused(() -> asWorker(() -> data.voting.openVote(second.id())), "item", "meeting.voteStillOpen");
        assertThat(asWorker(() -> data.meetings.members(meeting.id()))).filteredOn(MemberEntry::guest)
                .singleElement().extracting(MemberEntry::residentId).isEqualTo(r.get(5));
    }

    @Test
    void eachMemberPresentVotesOnceChangesUntilTheCloseAndTheProposalMovesWithTheResult() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 10, 6);
        var proposal = proposals.submit(proposals.compound(CommunityTestData.WENFENG, 0),
                org.cocreate.proposal.ProposalCategory.PARKING, proposals.uniqueTitle("规范小区停车"), r.get(5));
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r.subList(0, 5));
        ItemEntry item = asWorker(() -> data.meetings.addItem(meeting.id(), ItemDraft.proposal(proposal.id())));
        assertThat(item.title()).isEqualTo(proposal.title());
        refused(() -> asWorker(() -> data.meetings.addItem(meeting.id(), ItemDraft.proposal(proposal.id()))),
                "proposalId", "meeting.item.proposal.already");
        data.openWith(meeting.id(), r.subList(0, 4));
        refused(() -> asWorker(() -> data.voting.vote(item.id(), r.get(0), VoteChoice.FOR, VoteWay.HAND)), "choice",
                "meeting.item.notVoting");
        asWorker(() -> data.voting.openVote(item.id()));

        asWorker(() -> data.voting.vote(item.id(), r.get(0), VoteChoice.FOR, VoteWay.HAND));
        asWorker(() -> data.voting.vote(item.id(), r.get(1), VoteChoice.AGAINST, VoteWay.PAPER));
        asWorker(() -> data.voting.vote(item.id(), r.get(2), VoteChoice.FOR, VoteWay.HAND));
        // Changed: once each, the last choice counts.
        Tally changed = asWorker(() -> data.voting.vote(item.id(), r.get(1), VoteChoice.FOR, VoteWay.PHONE));
        assertThat(changed).isEqualTo(new Tally(3, 0, 0, 4));
        // Not checked in (invited, absent), not invited: no vote.
        refused(() -> asWorker(() -> data.voting.vote(item.id(), r.get(4), VoteChoice.FOR, VoteWay.HAND)),
                "residentId", "meeting.member.notCheckedIn");
        refused(() -> asWorker(() -> data.voting.vote(item.id(), r.get(5), VoteChoice.FOR, VoteWay.HAND)),
                "residentId", "meeting.member.notInvited");
        refused(() -> asWorker(() -> data.voting.vote(item.id(), r.get(3), VoteChoice.FOR, VoteWay.BALLOT)), "way",
                "meeting.vote.way.required");
        assertThat(asWorker(() -> data.voting.votes(item.id()))).hasSize(3)
                .filteredOn(v -> v.residentId() == r.get(1)).singleElement().satisfies(v -> {
                    assertThat(v.choice()).isEqualTo(VoteChoice.FOR);
                    assertThat(v.way()).isEqualTo(VoteWay.PHONE);
                    assertThat(v.recordedBy()).isEqualTo(DemoUsers.WENFENG_WORKER);
                });

        refused(() -> asWorker(() -> data.voting.closeItem(item.id(), ItemDecision.of(" "))), "text",
                "meeting.item.decision.invalid");
        refused(() -> asWorker(() -> data.voting.closeItem(item.id(), new ItemDecision("通过", "x".repeat(101), null))),
                "owner", "meeting.item.owner.invalid");
        refused(() -> asWorker(() -> data.voting.closeItem(item.id(), new ItemDecision("通过", "物业",
                meeting.startsAt().toLocalDate().minusDays(1)))), "deadline", "meeting.item.deadline.beforeMeeting");
        assertThat(asWorker(() -> data.meetings.items(meeting.id())).getFirst().status()).isEqualTo(ItemStatus.VOTING);
        ItemEntry closed = asWorker(() -> data.voting.closeItem(item.id(), new ItemDecision("经议事会表决通过，由物业划定停车位",
                " 华润物业 ", meeting.startsAt().toLocalDate().plusDays(30))));
        assertThat(closed.owner()).isEqualTo("华润物业");
        assertThat(closed.deadline()).isEqualTo(meeting.startsAt().toLocalDate().plusDays(30));

        assertThat(closed.result()).isEqualTo(ItemResult.ADOPTED);
        assertThat(closed.tally()).isEqualTo(new Tally(3, 0, 0, 4));
        var moved = asWorker(() -> proposals.proposals.get(proposal.id()));
        assertThat(moved.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(moved.answer()).isEqualTo("经议事会表决通过，由物业划定停车位");
        refused(() -> asWorker(() -> data.voting.vote(item.id(), r.get(3), VoteChoice.AGAINST, VoteWay.HAND)),
                "choice", "meeting.item.notVoting");
        assertThat(asWorker(() -> data.meetings.items(meeting.id())).getFirst().tally()).isEqualTo(closed.tally());
    }

    @Test
    void theResultFollowsTheRuleOfTheMeetingsType() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 18, 6);
        // Votes for: 3 of 6 present is not more than half: rejected by default.
        MeetingEntry usual = data.meeting(MeetingType.JOINT, r);
        ItemEntry item = topic(usual.id());
        data.openWith(usual.id(), r);
        asWorker(() -> data.voting.openVote(item.id()));
        for (int i = 0; i < 3; i++) {
            long member = r.get(i);
            asWorker(() -> data.voting.vote(item.id(), member, VoteChoice.FOR, VoteWay.HAND));
        }
        assertThat(asWorker(() -> data.voting.closeItem(item.id(), ItemDecision.of(null))).result()).isEqualTo(ItemResult.REJECTED);

        // An owners' committee of 文峰塔 that decides by more than 40%: 3 of 6 adopts. Only an admin sets it.
        long wenfeng = data.communities.wenfeng();
        assertThatThrownBy(() -> asWorker(() -> data.meetings.setRule(wenfeng, MeetingType.OWNERS_COMMITTEE,
                new MeetingRule(50, 40)))).isInstanceOf(AccessDeniedException.class);
        refused(() -> data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.meetings.setRule(wenfeng,
                MeetingType.OWNERS_COMMITTEE, new MeetingRule(100, 40))), "quorumPercent", "meeting.rule.percent");
        data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.meetings.setRule(wenfeng, MeetingType.OWNERS_COMMITTEE,
                new MeetingRule(50, 40)));
        MeetingEntry committee = data.meeting(MeetingType.OWNERS_COMMITTEE, r);
        assertThat(committee.rule()).isEqualTo(new MeetingRule(50, 40));
        ItemEntry decided = topic(committee.id());
        data.openWith(committee.id(), r);
        asWorker(() -> data.voting.openVote(decided.id()));
        for (int i = 0; i < 3; i++) {
            long member = r.get(i);
            VoteChoice choice = i == 2 ? VoteChoice.ABSTAIN : VoteChoice.FOR;
            asWorker(() -> data.voting.vote(decided.id(), member, choice, VoteWay.HAND));
        }
        asWorker(() -> data.voting.vote(decided.id(), r.get(2), VoteChoice.FOR, VoteWay.HAND));
        assertThat(asWorker(() -> data.voting.closeItem(decided.id(), ItemDecision.of(null))).result()).isEqualTo(ItemResult.ADOPTED);
        // A meeting keeps the rules it was called with.
        data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.meetings.setRule(wenfeng, MeetingType.OWNERS_COMMITTEE,
                MeetingRule.DEFAULT));
        assertThat(asWorker(() -> data.meetings.get(committee.id())).rule()).isEqualTo(new MeetingRule(50, 40));
    }

    @Test
    void anAdoptedItemOfTheStandardAdoptsItsDraftAndOnlyAnAdminClosesIt() {
        MeetingTestData.Fresh fresh = data.freshCommunity(3);
        long community = fresh.communityId();
        StandardEntry draft = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            StandardEntry created = standards.draft(community, "积分评分标准（第一版）");
            standards.addRule(created.id(), new RuleDraft(RuleCategory.PARTICIPATION, "参加居民议事会", null,
                    org.cocreate.points.Points.of(5), false, 1, null, false, false, null));
            return created;
        });
        ItemEntry item = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            LocalDateTime start = LocalDateTime.now().withNano(0);
            MeetingEntry meeting = data.meetings.schedule(community, new MeetingDraft(MeetingType.REPRESENTATIVES,
                    "居民代表大会", "会议室", start, start.plusHours(2)));
            data.meetings.invite(meeting.id(), fresh.residentIds());
            data.meetings.open(meeting.id());
            fresh.residentIds().forEach(id -> data.meetings.checkIn(meeting.id(), id));
            ItemEntry added = data.meetings.addItem(meeting.id(), ItemDraft.standard(draft.id()));
            data.voting.openVote(added.id());
            fresh.residentIds().forEach(id -> data.voting.vote(added.id(), id, VoteChoice.FOR, VoteWay.HAND));
            return added;
        });
        assertThat(item.title()).isEqualTo("积分评分标准（第一版）");

        StandardEntry adopted = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            data.voting.closeItem(item.id(), ItemDecision.of("居民代表大会全票通过"));
            return standards.standards(community).getFirst();
        });
        assertThat(adopted.status()).isEqualTo(StandardStatus.ADOPTED);
        assertThat(adopted.adoptedNote()).isEqualTo("居民代表大会全票通过");
    }

    @Test
    void aWorkerLeavesTheStandardsCloseToAnAdmin() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 26, 3);
        long wenfeng = data.communities.wenfeng();
        // The worker drafts a version (as they may) and puts it on the agenda. The draft is removed at the end:
        // the other tests expect 文峰塔 without one.
        StandardEntry draft = data.runAs.get(DemoUsers.WENFENG_WORKER, () -> standards.draft(wenfeng, "文峰塔积分评分标准（修订）"));
        MeetingEntry meeting = data.meeting(MeetingType.REPRESENTATIVES, r);
        ItemEntry item = asWorker(() -> data.meetings.addItem(meeting.id(), ItemDraft.standard(draft.id())));
        try {
            data.openWith(meeting.id(), r);
            asWorker(() -> data.voting.openVote(item.id()));
            refused(() -> asWorker(() -> data.voting.closeItem(item.id(), ItemDecision.of("通过"))), "text",
                    "meeting.item.standard.adminCloses");
            assertThat(asWorker(() -> data.meetings.items(meeting.id())).getFirst().status())
                    .isEqualTo(ItemStatus.VOTING);
        } finally {
            jdbc.sql("delete from meeting_vote where item_id = ?").param(item.id()).update();
            jdbc.sql("delete from meeting_item where id = ?").param(item.id()).update();
            jdbc.sql("delete from scoring_rule where standard_id = ?").param(draft.id()).update();
            jdbc.sql("delete from scoring_standard where id = ?").param(draft.id()).update();
        }
    }

    @Test
    void aBallotLinkWorksOnlyForItsMemberWhilePresentAndTheMeetingIsOpen() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 30, 4);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r.subList(0, 3));
        MeetingEntry other = data.meeting(MeetingType.CONSULTATION, r.subList(0, 3));
        ItemEntry item = topic(meeting.id());
        ItemEntry otherItem = topic(other.id());
        data.openWith(meeting.id(), r.subList(0, 2));
        data.openWith(other.id(), r.subList(0, 2));
        refused(() -> asWorker(() -> data.meetings.issueBallot(meeting.id(), r.get(2))), "residentId",
                "meeting.member.notCheckedIn");
        String token = asWorker(() -> data.meetings.issueBallot(meeting.id(), r.get(0)));
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("select count(*) from meeting_member where ballot_hash = ?").param(token)
                .query(Long.class).single()).as("only its hash is kept").isZero();

        Ballot waiting = RunAs.nobody(() -> data.voting.ballot(token));
        assertThat(waiting.itemId()).as("no vote open yet").isNull();
        assertThat(waiting.meetingTitle()).isEqualTo(meeting.title());
        asWorker(() -> data.voting.openVote(item.id()));
        asWorker(() -> data.voting.openVote(otherItem.id()));
        Ballot cast = RunAs.nobody(() -> data.voting.castBallot(token, item.id(), VoteChoice.AGAINST));
        assertThat(cast.myVote()).isEqualTo(VoteChoice.AGAINST);
        assertThat(RunAs.nobody(() -> data.voting.castBallot(token, item.id(), VoteChoice.FOR)).myVote())
                .isEqualTo(VoteChoice.FOR);
        assertThat(asWorker(() -> data.voting.votes(item.id()))).singleElement().satisfies(v -> {
            assertThat(v.way()).isEqualTo(VoteWay.BALLOT);
            assertThat(v.recordedBy()).isNull();
        });
        // Another meeting's item by this link: refused.
        refused(() -> RunAs.nobody(() -> data.voting.castBallot(token, otherItem.id(), VoteChoice.FOR)), "choice",
                "meeting.ballot.invalid");
        // Forged, re-issued (the old one revoked), revoked, the member's check-in undone, the meeting closed.
        long refusals = jdbc.sql("select count(*) from audit_event where action = 'MEETING_BALLOT_REFUSED'")
                .query(Long.class).single();
        refused(() -> RunAs.nobody(() -> data.voting.ballot("A".repeat(43))), null, "meeting.ballot.invalid");
        refused(() -> RunAs.nobody(() -> data.voting.ballot("not a token")), null, "meeting.ballot.invalid");
        String second = asWorker(() -> data.meetings.issueBallot(meeting.id(), r.get(0)));
        refused(() -> RunAs.nobody(() -> data.voting.ballot(token)), null, "meeting.ballot.invalid");
        assertThat(RunAs.nobody(() -> data.voting.ballot(second)).myVote()).isEqualTo(VoteChoice.FOR);
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> data.meetings.revokeBallot(meeting.id(), r.get(0)));
        refused(() -> RunAs.nobody(() -> data.voting.ballot(second)), null, "meeting.ballot.invalid");
        String third = asWorker(() -> data.meetings.issueBallot(meeting.id(), r.get(1)));
        asWorker(() -> data.meetings.undoCheckIn(meeting.id(), r.get(1)));
        refused(() -> RunAs.nobody(() -> data.voting.ballot(third)), null, "meeting.ballot.invalid");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEETING_BALLOT_REFUSED'")
                .query(Long.class).single()).isEqualTo(refusals + 5);
        // The tally counts the ballot once.
        assertThat(asWorker(() -> data.meetings.items(meeting.id())).getFirst().tally().votesFor()).isEqualTo(1);
    }

    @Test
    void theMinutesListEachVoteAndThePublicPageOnlyTheCountsOnceThemeetingIsClosedAndPublished() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 34, 3);
        MeetingEntry meeting = data.meeting(MeetingType.CONSULTATION, r);
        ItemEntry item = asWorker(() -> data.meetings.addItem(meeting.id(), ItemDraft.topic("楼顶防水维修")));
        data.openWith(meeting.id(), r.subList(0, 2));
        asWorker(() -> data.voting.openVote(item.id()));
        asWorker(() -> data.voting.vote(item.id(), r.get(0), VoteChoice.FOR, VoteWay.HAND));
        asWorker(() -> data.voting.vote(item.id(), r.get(1), VoteChoice.AGAINST, VoteWay.PAPER));
        asWorker(() -> data.meetings.setNotes(item.id(), "物业下周报价"));
        asWorker(() -> data.voting.closeItem(item.id(), new ItemDecision("暂缓，待物业报价后再议", "物业服务中心",
                meeting.startsAt().toLocalDate().plusDays(7))));
        refused(() -> asWorker(() -> minutes.publish(meeting.id())), "status", "meeting.minutes.notClosed");

        Minutes written = asWorker(() -> minutes.minutes(meeting.id()));
        assertThat(written.members()).filteredOn(MemberEntry::present).hasSize(2);
        assertThat(written.items()).singleElement().satisfies(entry -> {
            assertThat(entry.item().notes()).isEqualTo("物业下周报价");
            assertThat(entry.item().result()).isEqualTo(ItemResult.REJECTED);
            assertThat(entry.votes()).extracting(VoteLine::choice)
                    .containsExactlyInAnyOrder(VoteChoice.FOR, VoteChoice.AGAINST);
        });
        long wenfeng = data.communities.wenfeng();
        assertThat(RunAs.nobody(() -> minutes.publicDecisions(wenfeng))).noneMatch(d -> d.meetingId() == meeting.id());

        asWorker(() -> data.meetings.close(meeting.id()));
        asWorker(() -> minutes.publish(meeting.id()));
        PublicDecision shown = RunAs.nobody(() -> minutes.publicDecisions(wenfeng)).stream()
                .filter(d -> d.meetingId() == meeting.id()).findFirst().orElseThrow();
        assertThat(shown).isEqualTo(new PublicDecision(meeting.id(), meeting.title(), meeting.startsAt().toLocalDate(),
                "楼顶防水维修", ItemResult.REJECTED, 1, 1, 0, "暂缓，待物业报价后再议", "物业服务中心",
                meeting.startsAt().toLocalDate().plusDays(7)));
    }
}
