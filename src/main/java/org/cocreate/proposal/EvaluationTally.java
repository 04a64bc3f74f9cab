package org.cocreate.proposal;

/** The residents' verdicts on a proposal's result, counted. */
public record EvaluationTally(int satisfied, int partly, int notSatisfied) {

    public int total() {
        return satisfied + partly + notSatisfied;
    }
}
