package org.cocreate.assembly;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compound's covenant as its form edits it: the share of area and heads that must take part, and each matter's
 * majority. A share left empty (or missing) is the law's.
 */
public record CovenantDraft(@Nullable Threshold participation, Map<Matter, Threshold> decisions) {

    public CovenantDraft {
        decisions = Map.copyOf(decisions);
    }
}
