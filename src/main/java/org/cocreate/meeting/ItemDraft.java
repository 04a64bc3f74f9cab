package org.cocreate.meeting;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item as the form adds it: a proposal (its title is the proposal's), a draft version of the
 * scoring standard (its title), or a free topic with a title of its own.
 */
public record ItemDraft(@Nullable ItemKind kind, @Nullable Long proposalId, @Nullable Long standardId,
        @Nullable String title) {

    public static ItemDraft proposal(long proposalId) {
        return new ItemDraft(ItemKind.PROPOSAL, proposalId, null, null);
    }

    public static ItemDraft standard(long standardId) {
        return new ItemDraft(ItemKind.STANDARD, null, standardId, null);
    }

    public static ItemDraft topic(String title) {
        return new ItemDraft(ItemKind.TOPIC, null, null, title);
    }
}
