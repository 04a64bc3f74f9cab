package org.cocreate.points;

import java.util.List;
import org.cocreate.community.RegisterDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Grants and ledger entries as the audit trail keeps them: the entity's own fields, plus whose account it
 * is and the rule, by name as they were at the time. The audit screen (in security, below this feature)
 * can then say "王芳 granted 陈斌 10 pts for 门前三包" without asking this feature for names.
 */
@Component
class PointsAuditStates {

    private final RegisterDirectory register;
    private final ScoringRuleRepository rules;

    PointsAuditStates(RegisterDirectory register, ScoringRuleRepository rules) {
        this.register = register;
        this.rules = rules;
    }

    String of(PointGrant grant) {
        return grant.auditState() + names(grant.getResidentId(), grant.getRuleId());
    }

    String of(LedgerEntry entry, long residentId) {
        return entry.auditState() + ", resident=" + residentId + names(residentId, entry.getRuleId());
    }

    private String names(long residentId, @Nullable Long ruleId) {
        String resident = register.residentNames(List.of(residentId)).get(residentId);
        String rule = ruleId == null ? null : rules.findById(ruleId).map(ScoringRule::getName).orElse(null);
        return ", residentName=" + resident + ", ruleName=" + rule;
    }
}
