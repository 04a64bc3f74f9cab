package org.cocreate.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands: submitted → under discussion → adopted / rejected / withdrawn → in progress →
 * done → evaluated; merged when it went into another. The moves allowed are here, in one place.
 */
public enum ProposalStatus {
    SUBMITTED, UNDER_DISCUSSION, ADOPTED, REJECTED, WITHDRAWN, MERGED, IN_PROGRESS, DONE, EVALUATED;

    /** The states a person may move a proposal to from this one (a merge and an evaluation have their own commands). */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_DISCUSSION, ADOPTED, REJECTED, WITHDRAWN);
            case UNDER_DISCUSSION -> EnumSet.of(ADOPTED, REJECTED, WITHDRAWN);
            case ADOPTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(DONE);
            case REJECTED, WITHDRAWN, MERGED, DONE, EVALUATED -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    /** Still being raised and discussed: supporters join, it may be merged into another. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_DISCUSSION;
    }

    /** A decision says why: the official answer (答复) is required. */
    public boolean needsAnswer() {
        return this == ADOPTED || this == REJECTED || this == WITHDRAWN;
    }

    /** The work has begun (or is over): progress reports and their photos are part of its public story. */
    public boolean wasCarriedOut() {
        return this == IN_PROGRESS || this == DONE || this == EVALUATED;
    }

    /** What other proposals may be merged into: one still alive, not closed. */
    public boolean takesMerges() {
        return isOpen() || this == ADOPTED || this == IN_PROGRESS;
    }
}
