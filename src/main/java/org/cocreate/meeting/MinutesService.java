package org.cocreate.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocreate.base.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting (会议纪要) for its print view and Word file, and publishing its decisions on the
 * community's public page once the meeting is closed.
 */
@Service
public class MinutesService {

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingRecords records;
    private final MeetingService meetingService;
    private final VotingService voting;
    private final AuditTrail audit;
    private final Clock clock;

    MinutesService(MeetingRepository meetings, MeetingItemRepository items, MeetingRecords records,
            MeetingService meetingService, VotingService voting, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.records = records;
        this.meetingService = meetingService;
        this.voting = voting;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.READ)
    public Minutes minutes(long meetingId) {
        MeetingEntry meeting = MeetingEntry.of(records.visible(meetingId));
        List<Minutes.ItemMinutes> agenda = meetingService.items(meetingId).stream()
                .map(item -> new Minutes.ItemMinutes(item, voting.votes(item.id()))).toList();
        return new Minutes(meeting, meetingService.members(meetingId), agenda);
    }

    /** Puts the closed meeting's decisions on the public page (the counts and the words, no one's vote). */
    @Transactional
    @PreAuthorize(MeetingRoles.STAFF)
    public MeetingEntry publish(long meetingId) {
        Meeting meeting = records.locked(meetingId);
        MeetingService.CHECK.that(meeting.getStatus() == MeetingStatus.CLOSED, "status", "meeting.minutes.notClosed");
        if (meeting.getMinutesPublishedAt() == null) {
            meeting.publishMinutes(LocalDateTime.now(clock));
            audit.record("MEETING_MINUTES_PUBLISHED", "meeting", meetingId, meeting.getCommunityId(), null,
                    "status=PUBLISHED");
            records.changed(meeting);
        }
        return MeetingEntry.of(meeting);
    }

    /** The decisions of the community's published meetings, the latest meeting first. */
    @Transactional(readOnly = true)
    @PreAuthorize(MeetingRoles.BALLOT)
    public List<PublicDecision> publicDecisions(long communityId) {
        List<PublicDecision> decisions = new ArrayList<>();
        for (Meeting meeting : meetings.findByCommunityIdOrderByStartsAtDescIdDesc(communityId)) {
            if (meeting.getMinutesPublishedAt() == null) {
                continue;
            }
            for (MeetingItem item : items.findByMeetingIdOrderByPosition(meeting.id())) {
                Tally tally = item.closedTally();
                if (item.getStatus() != ItemStatus.CLOSED || tally == null) {
                    continue;
                }
                decisions.add(new PublicDecision(meeting.id(), meeting.getTitle(), meeting.getStartsAt().toLocalDate(),
                        item.getTitle(), Objects.requireNonNull(item.getResult()), tally.votesFor(), tally.against(),
                        tally.abstain(), item.getDecision(), item.getOwner(), item.getDeadline()));
            }
        }
        return decisions;
    }
}
