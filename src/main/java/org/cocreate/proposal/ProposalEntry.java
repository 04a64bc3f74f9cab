package org.cocreate.proposal;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A proposal as the board and its page show it. */
public record ProposalEntry(long id, long communityId, @Nullable Long compoundId, @Nullable String compoundName,
        ProposalCategory category, ProposalChannel channel, String title, String body, @Nullable Long proposerId,
        @Nullable String proposerName, ProposalStatus status, @Nullable Long mergedIntoId, @Nullable String answer,
        boolean answerPublished, int supporters, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
