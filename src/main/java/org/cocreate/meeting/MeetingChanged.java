package org.cocreate.meeting;

import org.cocreate.base.LiveEvent;

/** A meeting changed (a check-in, a vote, an item opened or closed): its screens, phones and projector follow. */
public record MeetingChanged(long communityId, long meetingId) implements LiveEvent {
}
