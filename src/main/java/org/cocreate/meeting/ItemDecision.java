package org.cocreate.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the secretary writes when a vote closes: the decision in words (required for a proposal or a standard,
 * whose answer it becomes), who carries it out and by when (both optional: a rejected item has neither).
 */
public record ItemDecision(@Nullable String text, @Nullable String owner, @Nullable LocalDate deadline) {

    public static final int TEXT_MAX = 2000;
    public static final int OWNER_MAX = 100;

    /** A decision in words only. */
    public static ItemDecision of(@Nullable String text) {
        return new ItemDecision(text, null, null);
    }
}
