package org.cocreate.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The votes of a meeting: an item opened for votes once the quorum is there, each member present voting for,
 * against or abstaining once (changeable until the item closes), from their own phone by their ballot link
 * or recorded by the secretary; closing counts them by the meeting's rule and carries the result out (the
 * proposal adopted or rejected, the standard's version adopted). A vote and the close of its item take turns
 * on the item's row lock, so nothing is counted after the close and nobody twice.
 */
@Service
public class VotingService {


    private final MeetingRepository meetings;
    private final MeetingMemberRepository members;
    private final MeetingItemRepository items;
    private final MeetingVoteRepository votes;
    private final MeetingRecords records;
    private final MeetingService meetingService;
    private final RegisterDirectory register;
    private final ProposalService proposals;
    private final ScoringStandardService standards;
    private final BallotGuard guard;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    VotingService(MeetingRepository meetings, MeetingMemberRepository members, MeetingItemRepository items,
            MeetingVoteRepository votes, MeetingRecords records, MeetingService meetingService,
            RegisterDirectory register, ProposalService proposals, ScoringStandardService standards, BallotGuard guard,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.items = items;
        this.votes = votes;
        this.records = records;
        this.meetingService = meetingService;
        this.register = register;
        this.proposals = proposals;
        this.standards = standards;
        this.guard = guard;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens an item for votes: the meeting open, the quorum there, no other item being voted on. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public ItemEntry openVote(long itemId) {
        MeetingItem item = records.lockedItem(itemId);
        Meeting meeting = records.locked(item.getMeetingId());
        MeetingService.CHECK.that(meeting.getStatus() == MeetingStatus.OPEN, "item", "meeting.notOpen");
        MeetingService.CHECK.that(item.getStatus() == ItemStatus.PENDING, "item", "meeting.item.notPending");
        MeetingService.CHECK.that(items.findByMeetingIdOrderByPosition(meeting.id()).stream()
                .noneMatch(other -> other.getStatus() == ItemStatus.VOTING), "item", "meeting.voteStillOpen");
        Quorum quorum = meetingService.quorumOf(meeting);
        MeetingService.CHECK.that(quorum.reached(), "item", "meeting.quorum.notReached", quorum.present(),
                quorum.needed());
        item.openVote(LocalDateTime.now(clock));
        audit.record("MEETING_VOTE_OPENED", "meeting", meeting.id(), meeting.getCommunityId(), null,
                "item=" + itemId + ", present=" + quorum.present() + ", invited=" + quorum.invited());
        records.changed(meeting);
        return meetingService.entry(item);
    }

    /** A vote the secretary records for a member present (a raised hand, a paper, a call). */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public Tally vote(long itemId, long residentId, @Nullable VoteChoice choice, @Nullable VoteWay way) {
        MeetingItem item = records.lockedItem(itemId);
        VoteChoice checkedChoice = MeetingService.CHECK.required("choice", choice, "meeting.vote.choice.required");
        VoteWay checkedWay = MeetingService.CHECK.required("way", way, "meeting.vote.way.required");
        MeetingService.CHECK.that(checkedWay != VoteWay.BALLOT, "way", "meeting.vote.way.required");
        Meeting meeting = cast(item, residentId, checkedChoice, checkedWay, Recorded.now(clock).actor());
        votes.flush();
        return tallyOf(item.id(), members.countPresent(meeting.id()));
    }

    /** The votes cast on an item, by member, for the secretary and the minutes (never on a public page). */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public List<VoteLine> votes(long itemId) {
        records.visibleItem(itemId);
        List<MeetingVote> cast = votes.findOf(itemId);
        Map<Long, String> names = register.residentNames(cast.stream().map(MeetingVote::residentId).toList());
        return cast.stream().map(v -> new VoteLine(v.residentId(), names.getOrDefault(v.residentId(), ""),
                v.getChoice(), v.getWay(), v.getRecordedBy(), v.getCastAt())).toList();
    }

    /**
     * Closes the vote and carries out its result: a proposal adopted or rejected with the decision as its
     * official answer; a version of the standard adopted from today with the decision as its note (an admin's
     * to close, as adopting a standard is). The decision in words is required for both.
     */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public ItemEntry closeItem(long itemId, @Nullable ItemDecision decision) {
        MeetingItem item = records.lockedItem(itemId);
        Meeting meeting = records.locked(item.getMeetingId());
        MeetingService.CHECK.that(item.getStatus() == ItemStatus.VOTING, "text", "meeting.item.notVoting");
        ItemDecision given = decision == null ? ItemDecision.of(null) : decision;
        String words = item.getKind() == ItemKind.TOPIC
                ? MeetingService.CHECK.optionalText("text", given.text(), ItemDecision.TEXT_MAX,
                        "meeting.item.decision.invalid")
                : MeetingService.CHECK.text("text", given.text(), ItemDecision.TEXT_MAX, "meeting.item.decision.invalid");
        String owner = MeetingService.CHECK.optionalText("owner", given.owner(), ItemDecision.OWNER_MAX,
                "meeting.item.owner.invalid");
        MeetingService.CHECK.that(given.deadline() == null
                || !given.deadline().isBefore(meeting.getStartsAt().toLocalDate()), "deadline",
                "meeting.item.deadline.beforeMeeting");
        ItemDecision decided = new ItemDecision(words, owner, given.deadline());
        MeetingService.CHECK.that(item.getKind() != ItemKind.STANDARD || currentUser.has(Role.ADMIN), "text",
                "meeting.item.standard.adminCloses");
        Tally tally = count(votes.findOf(itemId), meetingService.quorumOf(meeting).present());
        ItemResult result = tally.result(meeting.rule());
        item.close(tally, result, decided, LocalDateTime.now(clock));
        if (item.getKind() == ItemKind.PROPOSAL) {
            proposals.changeStatus(Objects.requireNonNull(item.getProposalId()),
                    result == ItemResult.ADOPTED ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED, words, false);
        } else if (item.getKind() == ItemKind.STANDARD && result == ItemResult.ADOPTED) {
            standards.adopt(Objects.requireNonNull(item.getStandardId()), LocalDate.now(clock),
                    Objects.requireNonNull(words));
        }
        audit.record("MEETING_ITEM_CLOSED", "meeting", meeting.id(), meeting.getCommunityId(), null,
                "item=" + itemId + ", result=" + result + ", for=" + tally.votesFor() + ", against=" + tally.against()
                        + ", abstain=" + tally.abstain() + ", present=" + tally.present()
                        + (owner == null ? "" : ", owner=" + owner)
                        + (decided.deadline() == null ? "" : ", deadline=" + decided.deadline()));
        records.changed(meeting);
        return meetingService.entry(item);
    }

    /**
     * Attending can earn points: the members present, with the standard's rule for it (empty when the
     * standard has none); the secretary sends it through the usual grant screen.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.STAFF)
    public AttendanceOffer attendanceOffer(long meetingId) {
        Meeting meeting = records.visible(meetingId);
        List<Long> present = members.findOf(meetingId).stream().filter(MeetingMember::isPresent)
                .map(MeetingMember::residentId).toList();
        return new AttendanceOffer(present, standards.ruleFor(meeting.getCommunityId(), RuleOccasion.MEETING_ATTENDANCE,
                meeting.getStartsAt().toLocalDate()).orElse(null));
    }

    // ---- a member's own phone --------------------------------------------------------------------------

    /**
     * What the member's phone shows by their link: valid while the meeting is open and they are checked in.
     * A link that is not (or no longer) valid is refused with one plain message, whatever the reason, and a
     * line in the audit trail; an address that keeps trying waits longer each time ({@link BallotGuard}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.BALLOT)
    public Ballot ballot(String token) {
        MeetingMember member = memberOf(token);
        Meeting meeting = meetings.findById(member.meetingId()).orElseThrow();
        MeetingItem open = items.findByMeetingIdOrderByPosition(meeting.id()).stream()
                .filter(item -> item.getStatus() == ItemStatus.VOTING).findFirst().orElse(null);
        VoteChoice mine = open == null ? null : votes.findById(new MeetingVote.Key(open.id(), member.residentId()))
                .map(MeetingVote::getChoice).orElse(null);
        String name = register.residentNames(List.of(member.residentId())).getOrDefault(member.residentId(), "");
        return new Ballot(meeting.getCommunityId(), meeting.id(), member.residentId(), meeting.getTitle(), name,
                open == null ? null : open.id(), open == null ? null : open.getTitle(), mine);
    }

    /**
     * A vote from the member's own phone, on the item open for votes; changeable until it closes. Answers what
     * the phone shows next, without counting the others' votes (the phone shows only its own).
     */
    @Transactional
    @PreAuthorize(MeetingRoles.BALLOT)
    public Ballot castBallot(String token, long itemId, @Nullable VoteChoice choice) {
        MeetingMember member = memberOf(token);
        VoteChoice checked = MeetingService.CHECK.required("choice", choice, "meeting.vote.choice.required");
        MeetingItem item = items.findLocked(itemId).orElseThrow(() ->
                new MeetingRefusedException(null, "meeting.item.notVoting"));
        MeetingService.CHECK.that(item.getMeetingId() == member.meetingId(), "choice", "meeting.ballot.invalid");
        Meeting meeting = cast(item, member.residentId(), checked, VoteWay.BALLOT, null);
        String name = register.residentNames(List.of(member.residentId())).getOrDefault(member.residentId(), "");
        return new Ballot(meeting.getCommunityId(), meeting.id(), member.residentId(), meeting.getTitle(), name,
                item.id(), item.getTitle(), checked);
    }

    /** Writes (or changes) the member's vote on the locked item; the meeting it belongs to. */
    private Meeting cast(MeetingItem item, long residentId, VoteChoice choice, VoteWay way, @Nullable String recordedBy) {
        Meeting meeting = meetings.findById(item.getMeetingId()).orElseThrow();
        MeetingService.CHECK.that(meeting.getStatus() == MeetingStatus.OPEN, "choice", "meeting.notOpen");
        MeetingService.CHECK.that(item.getStatus() == ItemStatus.VOTING, "choice", "meeting.item.notVoting");
        MeetingMember member = meetingService.member(meeting.id(), residentId);
        MeetingService.CHECK.that(!member.isGuest(), "residentId", "meeting.member.guestNoVote");
        MeetingService.CHECK.that(member.isPresent(), "residentId", "meeting.member.notCheckedIn");
        LocalDateTime now = LocalDateTime.now(clock);
        var existing = votes.findById(new MeetingVote.Key(item.id(), residentId));
        String before = existing.map(v -> "choice=" + v.getChoice()).orElse(null);
        existing.ifPresentOrElse(v -> v.change(choice, way, recordedBy, now),
                () -> votes.save(new MeetingVote(item.id(), residentId, choice, way, recordedBy, now)));
        audit.record("MEETING_VOTE_CAST", "meeting", meeting.id(), meeting.getCommunityId(), before,
                "item=" + item.id() + ", resident=" + residentId + ", choice=" + choice + ", way=" + way);
        records.voted(meeting, residentId);
        return meeting;
    }

    private MeetingMember memberOf(String token) {
        String address = Objects.requireNonNullElse(DeviceInfo.current().remoteAddress(), "unknown");
        if (guard.held(address)) {
            throw new MeetingRefusedException(null, "meeting.ballot.wait");
        }
        MeetingMember member = token != null && BallotTokens.wellFormed(token)
                ? members.findByBallot(BallotTokens.hash(token)).orElse(null) : null;
        Meeting meeting = member == null ? null : meetings.findById(member.meetingId()).orElse(null);
        String reason = member == null ? "unknown" : meeting == null || meeting.getStatus() != MeetingStatus.OPEN
                ? "meetingNotOpen" : !member.mayVote() ? "notCheckedIn" : null;
        if (reason != null) {
            guard.failed(address);
            audit.recordRefusal("MEETING_BALLOT_REFUSED", "meeting", meeting == null ? null : meeting.id(),
                    meeting == null ? null : meeting.getCommunityId(), "reason=" + reason);
            throw new MeetingRefusedException(null, "meeting.ballot.invalid");
        }
        return member;
    }

    /** The item's votes as they stand, counted in the database. */
    Tally tallyOf(long itemId, int present) {
        Map<VoteChoice, Long> counted = new java.util.EnumMap<>(VoteChoice.class);
        votes.countByChoice(itemId).forEach(row -> counted.put(row.getChoice(), row.getVotes()));
        return new Tally(counted.getOrDefault(VoteChoice.FOR, 0L).intValue(),
                counted.getOrDefault(VoteChoice.AGAINST, 0L).intValue(),
                counted.getOrDefault(VoteChoice.ABSTAIN, 0L).intValue(), present);
    }

    static Tally count(Collection<MeetingVote> cast, int present) {
        int votesFor = 0;
        int against = 0;
        int abstain = 0;
        for (MeetingVote vote : cast) {
            switch (vote.getChoice()) {
                case FOR -> votesFor++;
                case AGAINST -> against++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(votesFor, against, abstain, present);
    }
}
