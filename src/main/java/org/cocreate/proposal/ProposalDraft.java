package org.cocreate.proposal;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as the worker takes it down: the compound it concerns (none for the whole community), what
 * about, how it came, its title and text, and who proposed it (none when anonymous).
 */
public record ProposalDraft(@Nullable Long compoundId, @Nullable ProposalCategory category,
        @Nullable ProposalChannel channel, @Nullable String title, @Nullable String body,
        @Nullable Long proposerId) {
}
