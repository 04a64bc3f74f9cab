package org.cocreate.meeting;

import static org.cocreate.meeting.MeetingLimits.ITEMS_MAX;
import static org.cocreate.meeting.MeetingLimits.MEMBERS_MAX;
import static org.cocreate.meeting.MeetingLimits.NOTES_MAX;
import static org.cocreate.meeting.MeetingLimits.PLACE_MAX;
import static org.cocreate.meeting.MeetingLimits.TITLE_MAX;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
import org.cocreate.points.StandardStatus;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalService;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calling a consultation meeting and running its room: the type's rules, the invited members, the agenda,
 * check-in on the secretary's tablet (the quorum follows from it) and the members' personal ballot links.
 * The votes themselves are {@link VotingService}'s. Every change is in the audit trail and tells the
 * meeting's open screens ({@link MeetingChanged}).
 */
@Service
public class MeetingService {

    static final Checks CHECK = new Checks(MeetingRefusedException::new);

    private final MeetingRepository meetings;
    private final MeetingMemberRepository members;
    private final MeetingItemRepository items;
    private final MeetingVoteRepository votes;
    private final MeetingRuleRepository rules;
    private final MeetingRecords records;
    private final RegisterDirectory register;
    private final ProposalService proposals;
    private final ScoringStandardService standards;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    MeetingService(MeetingRepository meetings, MeetingMemberRepository members, MeetingItemRepository items,
            MeetingVoteRepository votes, MeetingRuleRepository rules, MeetingRecords records,
            RegisterDirectory register, ProposalService proposals, ScoringStandardService standards,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.items = items;
        this.votes = votes;
        this.rules = rules;
        this.records = records;
        this.register = register;
        this.proposals = proposals;
        this.standards = standards;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the type's rules ----------------------------------------------------------------------------

    /** The rules of a type of meeting in the community: its own, or more than half each. */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public MeetingRule rule(long communityId, MeetingType type) {
        currentUser.requireAccess(communityId);
        return rules.findById(new MeetingRuleSetting.Key(communityId, type)).map(MeetingRuleSetting::rule)
                .orElse(MeetingRule.DEFAULT);
    }

    /** Sets a type's rules for the meetings called from now on (a meeting keeps the rules it was called with). */
    @Transactional
    @PreAuthorize(MeetingRoles.ADMIN)
    public MeetingRule setRule(long communityId, MeetingType type, MeetingRule rule) {
        currentUser.requireAccess(communityId);
        CHECK.that(rule.quorumPercent() >= 1 && rule.quorumPercent() <= 99, "quorumPercent",
                "meeting.rule.percent", 1, 99);
        CHECK.that(rule.majorityPercent() >= 1 && rule.majorityPercent() <= 99, "majorityPercent",
                "meeting.rule.percent", 1, 99);
        MeetingRule before = rule(communityId, type);
        rules.findById(new MeetingRuleSetting.Key(communityId, type)).ifPresentOrElse(
                setting -> setting.set(rule), () -> rules.save(new MeetingRuleSetting(communityId, type, rule)));
        audit.record("MEETING_RULE_SET", "meeting_rule", type.name(), communityId, before.toString(), rule.toString());
        return rule;
    }

    // ---- meetings ------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public MeetingEntry schedule(long communityId, MeetingDraft draft) {
        currentUser.requireAccess(communityId);
        MeetingType type = CHECK.required("type", draft.type(), "meeting.type.required");
        String title = CHECK.text("title", draft.title(), TITLE_MAX, "meeting.title.invalid");
        String place = CHECK.text("place", draft.place(), PLACE_MAX, "meeting.place.invalid");
        LocalDateTime startsAt = CHECK.required("startsAt", draft.startsAt(), "meeting.startsAt.required");
        LocalDateTime endsAt = CHECK.required("endsAt", draft.endsAt(), "meeting.endsAt.required");
        CHECK.that(endsAt.isAfter(startsAt), "endsAt", "meeting.endsAt.beforeStart");
        Recorded now = Recorded.now(clock);
        Meeting meeting = meetings.save(new Meeting(communityId,
                new MeetingDraft(type, title, place, startsAt, endsAt), rule(communityId, type), now.actor(), now.at()));
        audit.record("MEETING_SCHEDULED", "meeting", meeting.id(), communityId, null,
                "type=" + type + ", title=" + title + ", startsAt=" + startsAt);
        return MeetingEntry.of(meeting);
    }

    /** The community's meetings, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public List<MeetingEntry> meetings(long communityId) {
        currentUser.requireAccess(communityId);
        return meetings.findByCommunityIdOrderByStartsAtDescIdDesc(communityId).stream().map(MeetingEntry::of)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public MeetingEntry get(long meetingId) {
        return MeetingEntry.of(records.visible(meetingId));
    }

    /** Opens the room: check-in was possible before, votes are from now on. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public MeetingEntry open(long meetingId) {
        Meeting meeting = records.locked(meetingId);
        CHECK.that(meeting.getStatus() == MeetingStatus.PLANNED, "status", "meeting.notPlanned");
        meeting.open(LocalDateTime.now(clock));
        audit.record("MEETING_OPENED", "meeting", meetingId, meeting.getCommunityId(), "status=PLANNED", "status=OPEN");
        records.changed(meeting);
        return MeetingEntry.of(meeting);
    }

    /** Closes the meeting once no item is being voted on; every ballot link stops working. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public MeetingEntry close(long meetingId) {
        Meeting meeting = records.locked(meetingId);
        CHECK.that(meeting.getStatus() == MeetingStatus.OPEN, "status", "meeting.notOpen");
        CHECK.that(items.findByMeetingIdOrderByPosition(meetingId).stream()
                .noneMatch(item -> item.getStatus() == ItemStatus.VOTING), "status", "meeting.voteStillOpen");
        meeting.close(LocalDateTime.now(clock));
        members.findOf(meetingId).forEach(MeetingMember::revokeBallot);
        audit.record("MEETING_CLOSED", "meeting", meetingId, meeting.getCommunityId(), "status=OPEN", "status=CLOSED");
        records.changed(meeting);
        return MeetingEntry.of(meeting);
    }

    // ---- members and check-in -------------------------------------------------------------------------

    /** Invites residents of the community (the members of an organisation, or picked one by one), each once. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public List<MemberEntry> invite(long meetingId, Collection<Long> residentIds) {
        Meeting meeting = running(meetingId, "residentIds");
        Set<Long> asked = new LinkedHashSet<>(residentIds);
        Map<Long, Long> communities = register.communitiesOfResidents(asked);
        CHECK.that(asked.stream().allMatch(id -> Objects.equals(communities.get(id), meeting.getCommunityId())),
                "residentIds", "meeting.resident.notHere");
        Set<Long> already = new java.util.HashSet<>();
        members.findOf(meetingId).forEach(m -> already.add(m.residentId()));
        List<Long> added = asked.stream().filter(id -> !already.contains(id)).toList();
        CHECK.that(already.size() + added.size() <= MEMBERS_MAX, "residentIds", "meeting.members.tooMany", MEMBERS_MAX);
        added.forEach(id -> members.save(new MeetingMember(meetingId, id, false)));
        if (!added.isEmpty()) {
            audit.record("MEETING_INVITED", "meeting", meetingId, meeting.getCommunityId(), null,
                    "residents=" + added);
            records.changed(meeting);
        }
        return members(meetingId);
    }

    /** The members, invited first then guests, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public List<MemberEntry> members(long meetingId) {
        records.visible(meetingId);
        List<MeetingMember> all = members.findOf(meetingId);
        Map<Long, RegisteredResident> residents = register.residents(all.stream().map(MeetingMember::residentId).toList());
        return all.stream().map(m -> {
            RegisteredResident resident = residents.get(m.residentId());
            return new MemberEntry(m.residentId(), resident == null ? "" : resident.name(),
                    resident == null ? "" : resident.household().address(), m.isGuest(), m.getCheckedInAt(), m.hasBallot());
        }).sorted(Comparator.comparing(MemberEntry::guest).thenComparing(MemberEntry::name)).toList();
    }

    /**
     * Checks an invited member in (by the register's search or their card); someone not invited is refused,
     * with the offer to come in as a guest ({@link #checkInGuest}). Checking in twice changes nothing.
     */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public Quorum checkIn(long meetingId, long residentId) {
        Meeting meeting = running(meetingId, "residentId");
        MeetingMember member = member(meetingId, residentId);
        if (!member.isPresent()) {
            Recorded now = Recorded.now(clock);
            member.checkIn(now.actor(), now.at());
            audit.record("MEETING_CHECKED_IN", "meeting", meetingId, meeting.getCommunityId(), null,
                    "resident=" + residentId + (member.isGuest() ? ", guest" : ""));
            records.changed(meeting);
        }
        return quorumOf(meeting);
    }

    /** Someone of the community who was not invited: present, listed in the minutes, without a vote. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public Quorum checkInGuest(long meetingId, long residentId) {
        Meeting meeting = running(meetingId, "residentId");
        CHECK.that(register.communityOfResident(residentId).filter(c -> c == meeting.getCommunityId()).isPresent(),
                "residentId", "meeting.resident.notHere");
        if (members.findById(new MeetingMember.Key(meetingId, residentId)).isEmpty()) {
            members.save(new MeetingMember(meetingId, residentId, true));
        }
        return checkIn(meetingId, residentId);
    }

    /** A mistaken tap undone: not present, and their ballot link stops working. Their votes stay as cast. */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public Quorum undoCheckIn(long meetingId, long residentId) {
        Meeting meeting = running(meetingId, "residentId");
        MeetingMember member = member(meetingId, residentId);
        if (member.isPresent()) {
            member.undoCheckIn();
            audit.record("MEETING_CHECK_IN_UNDONE", "meeting", meetingId, meeting.getCommunityId(), null,
                    "resident=" + residentId);
            records.changed(meeting);
        }
        return quorumOf(meeting);
    }

    /** The meeting locked for a change that only a meeting not yet closed takes; refused at the field otherwise. */
    private Meeting running(long meetingId, String field) {
        Meeting meeting = records.locked(meetingId);
        CHECK.that(meeting.getStatus() != MeetingStatus.CLOSED, field, "meeting.closed");
        return meeting;
    }

    /** A member of the meeting (invited or a guest); anybody else is refused as not invited. */
    MeetingMember member(long meetingId, long residentId) {
        return members.findById(new MeetingMember.Key(meetingId, residentId))
                .orElseThrow(() -> new MeetingRefusedException("residentId", "meeting.member.notInvited"));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public Quorum quorum(long meetingId) {
        return quorumOf(records.visible(meetingId));
    }

    Quorum quorumOf(Meeting meeting) {
        return Quorum.of(members.countInvited(meeting.id()), members.countPresent(meeting.id()), meeting.rule());
    }

    // ---- ballot links ----------------------------------------------------------------------------------

    /**
     * A personal ballot link for a checked-in member: the token returned here is the only copy (the QR code
     * on the secretary's tablet); issuing again replaces it, and the old link stops working.
     */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public String issueBallot(long meetingId, long residentId) {
        Meeting meeting = running(meetingId, "residentId");
        MeetingMember member = member(meetingId, residentId);
        CHECK.that(!member.isGuest(), "residentId", "meeting.member.guestNoVote");
        CHECK.that(member.isPresent(), "residentId", "meeting.member.notCheckedIn");
        String token = BallotTokens.newToken();
        member.issueBallot(BallotTokens.hash(token), LocalDateTime.now(clock));
        audit.record("MEETING_BALLOT_ISSUED", "meeting", meetingId, meeting.getCommunityId(), null,
                "resident=" + residentId);
        records.changed(meeting);
        return token;
    }

    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public void revokeBallot(long meetingId, long residentId) {
        Meeting meeting = records.locked(meetingId);
        MeetingMember member = member(meetingId, residentId);
        if (member.hasBallot()) {
            member.revokeBallot();
            audit.record("MEETING_BALLOT_REVOKED", "meeting", meetingId, meeting.getCommunityId(), null,
                    "resident=" + residentId);
            records.changed(meeting);
        }
    }

    // ---- the agenda ------------------------------------------------------------------------------------

    /**
     * An item at the end of the agenda: a proposal of the community still being discussed, a draft version of
     * its scoring standard, or a free topic.
     */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public ItemEntry addItem(long meetingId, ItemDraft draft) {
        Meeting meeting = running(meetingId, "kind");
        ItemKind kind = CHECK.required("kind", draft.kind(), "meeting.item.kind.required");
        List<MeetingItem> agenda = items.findByMeetingIdOrderByPosition(meetingId);
        CHECK.that(agenda.size() < ITEMS_MAX, "kind", "meeting.item.tooMany", ITEMS_MAX);
        String title;
        Long proposalId = null;
        Long standardId = null;
        switch (kind) {
            case PROPOSAL -> {
                proposalId = CHECK.required("proposalId", draft.proposalId(), "meeting.item.proposal.required");
                ProposalEntry proposal = proposals.get(proposalId);
                CHECK.that(proposal.communityId() == meeting.getCommunityId() && proposal.status().isOpen(),
                        "proposalId", "meeting.item.proposal.notOpen");
                long id = proposalId;
                CHECK.that(agenda.stream().noneMatch(i -> Objects.equals(i.getProposalId(), id)), "proposalId",
                        "meeting.item.proposal.already");
                title = proposal.title();
            }
            case STANDARD -> {
                standardId = CHECK.required("standardId", draft.standardId(), "meeting.item.standard.required");
                long id = standardId;
                StandardEntry standard = standards.standards(meeting.getCommunityId()).stream()
                        .filter(s -> s.id() == id).findFirst()
                        .orElseThrow(() -> new MeetingRefusedException("standardId", "meeting.item.standard.notDraft"));
                CHECK.that(standard.status() == StandardStatus.DRAFT, "standardId", "meeting.item.standard.notDraft");
                title = standard.title();
            }
            default -> title = CHECK.text("title", draft.title(), TITLE_MAX, "meeting.item.title.invalid");
        }
        MeetingItem item = items.save(new MeetingItem(meetingId, agenda.size() + 1, kind, proposalId, standardId,
                Recorded.truncate(title, TITLE_MAX)));
        audit.record("MEETING_ITEM_ADDED", "meeting", meetingId, meeting.getCommunityId(), null,
                "item=" + item.id() + ", kind=" + kind + ", title=" + item.getTitle());
        records.changed(meeting);
        return entry(item);
    }

    /** The agenda in order, each item with its votes counted as they stand (or as they closed). */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public List<ItemEntry> items(long meetingId) {
        records.visible(meetingId);
        return items.findByMeetingIdOrderByPosition(meetingId).stream().map(this::entry).toList();
    }

    /** The item's notes for the minutes (what was said, who will do it by when). */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public ItemEntry setNotes(long itemId, @Nullable String notes) {
        MeetingItem item = records.lockedItem(itemId);
        String checked = CHECK.optionalText("notes", notes, NOTES_MAX, "meeting.item.notes.tooLong");
        String before = item.getNotes();
        item.setNotes(checked);
        Meeting meeting = records.visible(item.getMeetingId());
        audit.record("MEETING_NOTES", "meeting", meeting.id(), meeting.getCommunityId(), before, checked);
        records.changed(meeting);
        return entry(item);
    }

    ItemEntry entry(MeetingItem item) {
        Tally tally = item.closedTally();
        if (tally == null) {
            Meeting meeting = meetings.findById(item.getMeetingId()).orElseThrow();
            tally = VotingService.count(votes.findOf(item.id()), quorumOf(meeting).present());
        }
        return new ItemEntry(item.id(), item.getMeetingId(), item.getPosition(), item.getKind(), item.getProposalId(),
                item.getStandardId(), item.getTitle(), item.getNotes(), item.getStatus(), item.getResult(), item.getDecision(), item.getOwner(),
                item.getDeadline(), tally,
                item.getOpenedAt(), item.getClosedAt());
    }
}
