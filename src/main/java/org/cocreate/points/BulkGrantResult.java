package org.cocreate.points;

import java.util.List;

/** The outcome of a bulk grant, one per resident, in the order of the residents' ids. */
public record BulkGrantResult(List<GrantOutcome> outcomes) {

    public long count(GrantStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
