package org.cocreate.assembly;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An owners' assembly as the form edits it: the compound, a title, and the days the vote runs. */
public record AssemblyDraft(@Nullable Long compoundId, @Nullable String title, @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn) {

    public static final int TITLE_MAX = 200;
    /** A written round door to door takes weeks; three months is the most a vote stays open. */
    public static final int DAYS_MAX = 92;
}
