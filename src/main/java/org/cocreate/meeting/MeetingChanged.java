package org.cocreate.meeting;

import org.cocreate.base.LiveEvent;
import org.jspecify.annotations.Nullable;

/**
 * A meeting changed (a check-in, a vote, an item opened or closed): its screens, phones and projector follow.
 * A vote names its voter, so that the other members' phones, which show only their own vote, need not reload:
 * with sixty phones in the room, each vote would otherwise reload all sixty before the next vote reached the
 * projector.
 */
public record MeetingChanged(long communityId, long meetingId, @Nullable Long voterId) implements LiveEvent {

    /** Whether a phone showing this member's ballot has anything new to show. */
    public boolean concerns(long residentId) {
        return voterId == null || voterId == residentId;
    }
}
