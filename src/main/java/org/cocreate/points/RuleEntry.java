package org.cocreate.points;

/** A rule of a standard as the services return it. */
public record RuleEntry(long id, long standardId, RuleDraft content) {

    static RuleEntry of(ScoringRule rule) {
        return new RuleEntry(rule.id(), rule.getStandardId(), rule.toDraft());
    }
}
