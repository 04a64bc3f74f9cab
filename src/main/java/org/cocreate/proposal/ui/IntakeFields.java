package org.cocreate.proposal.ui;

import org.cocreate.community.CompoundEntry;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.jspecify.annotations.Nullable;

/** What the intake form edits; the proposer comes from the resident picker beside it. */
public record IntakeFields(@Nullable CompoundEntry compound, @Nullable ProposalCategory category,
        @Nullable ProposalChannel channel, String title, String body) {
}
