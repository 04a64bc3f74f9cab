package org.cocreate.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision on the public page, once the meeting's minutes are published: the meeting, the item, the result
 * with its counts and the decision in words; never a member's vote, a phone number or a ballot link.
 */
public record PublicDecision(long meetingId, String meetingTitle, LocalDate date, String itemTitle, ItemResult result,
        int votesFor, int against, int abstain, @Nullable String decision) {
}
