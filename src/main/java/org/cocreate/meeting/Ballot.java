package org.cocreate.meeting;

import org.jspecify.annotations.Nullable;

/**
 * What a member's phone shows by their ballot link: the meeting, their name, the item open for votes (none
 * between votes) and their vote on it so far.
 */
public record Ballot(long communityId, long meetingId, long residentId, String meetingTitle, String memberName, @Nullable Long itemId,
        @Nullable String itemTitle, @Nullable VoteChoice myVote) {
}
