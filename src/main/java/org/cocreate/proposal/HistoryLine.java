package org.cocreate.proposal;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A line of a proposal's history: what happened, who did it and when; a state change with its states and
 * answer, a merge with the other proposal, a supporter with the resident's id.
 */
public record HistoryLine(ProposalEventKind kind, @Nullable ProposalStatus from, @Nullable ProposalStatus to,
        @Nullable String detail, @Nullable Long otherId, @Nullable String actor, LocalDateTime at) {
}
