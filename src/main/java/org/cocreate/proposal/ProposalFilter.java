package org.cocreate.proposal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the board shows: by compound, category and states, and words of the title or text. */
public record ProposalFilter(@Nullable Long compoundId, @Nullable ProposalCategory category,
        Set<ProposalStatus> statuses, @Nullable String text) {

    /** Everything but the merged ones, which live on in the proposals they went into. */
    public static ProposalFilter all() {
        return new ProposalFilter(null, null, java.util.EnumSet.complementOf(java.util.EnumSet.of(ProposalStatus.MERGED)),
                null);
    }
}
