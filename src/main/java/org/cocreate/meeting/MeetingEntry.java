package org.cocreate.meeting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A meeting as the services return it. */
public record MeetingEntry(long id, long communityId, MeetingType type, String title, String place,
        LocalDateTime startsAt, LocalDateTime endsAt, MeetingStatus status, MeetingRule rule,
        @Nullable LocalDateTime openedAt, @Nullable LocalDateTime closedAt,
        @Nullable LocalDateTime minutesPublishedAt) {

    static MeetingEntry of(Meeting meeting) {
        return new MeetingEntry(meeting.id(), meeting.getCommunityId(), meeting.getType(), meeting.getTitle(),
                meeting.getPlace(), meeting.getStartsAt(), meeting.getEndsAt(), meeting.getStatus(), meeting.rule(),
                meeting.getOpenedAt(), meeting.getClosedAt(), meeting.getMinutesPublishedAt());
    }
}
