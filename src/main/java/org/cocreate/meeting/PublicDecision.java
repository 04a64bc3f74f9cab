package org.cocreate.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision on the public page, once the meeting's minutes are published: the meeting, the item, the result
 * with its counts, the decision in words, who carries it out and by when; never a member's vote, a phone number or a ballot link.
 */
public record PublicDecision(long meetingId, String meetingTitle, LocalDate date, String itemTitle, ItemResult result,
        int votesFor, int against, int abstain, @Nullable String decision, @Nullable String owner,
        @Nullable LocalDate deadline) {
}
