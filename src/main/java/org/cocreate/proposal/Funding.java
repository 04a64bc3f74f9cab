package org.cocreate.proposal;

import org.cocreate.base.Money;
import org.jspecify.annotations.Nullable;

/** A part of a budget: its source, who gave it (a unit stationed in the area, say), and how much. */
public record Funding(@Nullable FundingSource source, @Nullable String sponsor, @Nullable Money amount) {
}
