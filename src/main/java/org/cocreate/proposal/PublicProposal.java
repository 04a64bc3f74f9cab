package org.cocreate.proposal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as the public page shows it: only once its answer is published, with the proposer's name
 * masked (陈*) and no phone, the place and category, where it stands, the published answer; once the work
 * has begun, the latest progress reported with its photos; once it is done, the residents' verdicts counted
 * (never who said what).
 */
public record PublicProposal(long id, String title, String maskedProposer, String compoundName,
        ProposalCategory category, ProposalStatus status, String answer, int supporters, LocalDateTime updatedAt,
        @Nullable String latestProgress, List<Long> progressPhotoIds, @Nullable EvaluationTally evaluation) {
}
