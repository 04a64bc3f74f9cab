package org.cocreate.points;

import org.jspecify.annotations.Nullable;

/**
 * The content of a scoring rule, as a form edits it. Caps count times (or hours for a per-hour rule). The
 * occasion, if any, is what another feature asks the rule for (see {@link RuleOccasion}).
 */
public record RuleDraft(RuleCategory category, String name, @Nullable String description, Points points,
        boolean perHour, @Nullable Integer dailyCap, @Nullable Integer monthlyCap, boolean deduction,
        boolean needsApproval, @Nullable RuleOccasion occasion) {
}
