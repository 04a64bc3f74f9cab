package org.cocreate.proposal;

import java.util.Collection;

/** The residents' verdicts on a proposal's result, counted. */
public record EvaluationTally(int satisfied, int partly, int notSatisfied) {

    static EvaluationTally of(Collection<ProposalEvaluation> verdicts) {
        int satisfied = 0;
        int partly = 0;
        int not = 0;
        for (ProposalEvaluation verdict : verdicts) {
            switch (verdict.getVerdict()) {
                case SATISFIED -> satisfied++;
                case PARTLY -> partly++;
                case NOT_SATISFIED -> not++;
            }
        }
        return new EvaluationTally(satisfied, partly, not);
    }

    public int total() {
        return satisfied + partly + notSatisfied;
    }
}
