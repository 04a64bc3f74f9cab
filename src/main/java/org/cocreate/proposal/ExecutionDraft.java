package org.cocreate.proposal;

import java.util.List;
import org.cocreate.base.Money;
import org.jspecify.annotations.Nullable;

/**
 * How an adopted proposal is carried out: the organisation that owns it (the owners' committee, the property
 * management, a unit stationed in the area), the budget and its funding sources, which add up to it.
 */
public record ExecutionDraft(@Nullable Long ownerId, @Nullable Money budget, List<Funding> fundings) {
}
