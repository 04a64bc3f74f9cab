package org.cocreate.meeting;

import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the meeting services do with a meeting: find it for a user who may see its community (one of another
 * community is not found), lock it before a change that counts (check-in, closing), and tell its open screens.
 */
@Component
class MeetingRecords {

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    MeetingRecords(MeetingRepository meetings, MeetingItemRepository items, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.items = items;
        this.currentUser = currentUser;
        this.events = events;
    }

    Meeting visible(long meetingId) {
        return accessible(meetings.findById(meetingId).orElseThrow(NotFoundException::new));
    }

    Meeting locked(long meetingId) {
        return accessible(meetings.findLocked(meetingId).orElseThrow(NotFoundException::new));
    }

    /** The item locked: votes and the close of one item take turns, so nothing is counted after the close. */
    MeetingItem lockedItem(long itemId) {
        MeetingItem item = items.findLocked(itemId).orElseThrow(NotFoundException::new);
        visible(item.getMeetingId());
        return item;
    }

    MeetingItem visibleItem(long itemId) {
        MeetingItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        visible(item.getMeetingId());
        return item;
    }

    /** Tells the meeting's screens, after the commit (LiveEvents). */
    void changed(Meeting meeting) {
        events.publishEvent(new MeetingChanged(meeting.getCommunityId(), meeting.id(), null));
    }

    /** Tells the meeting's screens of a member's vote (the other members' phones let it pass). */
    void voted(Meeting meeting, long residentId) {
        events.publishEvent(new MeetingChanged(meeting.getCommunityId(), meeting.id(), residentId));
    }

    private Meeting accessible(Meeting meeting) {
        if (!currentUser.canAccess(meeting.getCommunityId())) {
            throw new NotFoundException();
        }
        return meeting;
    }
}
