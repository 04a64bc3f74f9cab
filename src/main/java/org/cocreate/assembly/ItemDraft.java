package org.cocreate.assembly;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item of an assembly: the matter (required: it fixes the thresholds), a title and text, the proposal it
 * comes from; for an election of the owners' committee, the candidates (one to twenty) and how many seats.
 */
public record ItemDraft(@Nullable Matter matter, @Nullable String title, @Nullable String text,
        @Nullable Long proposalId, List<String> candidates, @Nullable Integer seats) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int CANDIDATES_MAX = 20;
    public static final int CANDIDATE_MAX = 50;

    /** An item that is not an election. */
    public static ItemDraft of(@Nullable Matter matter, @Nullable String title, @Nullable String text,
            @Nullable Long proposalId) {
        return new ItemDraft(matter, title, text, proposalId, List.of(), null);
    }
}
