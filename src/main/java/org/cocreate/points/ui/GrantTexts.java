package org.cocreate.points.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.points.BulkGrantRefusedException;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/** The texts the grant screens share: signed points, masked phones, what became of a grant, refusals. */
final class GrantTexts {

    private GrantTexts() {
    }

    /** What a rule is worth: "+5 分", "−5 分", "+2 分/小时". */
    static String rulePoints(Component owner, RuleEntry rule) {
        long value = rule.content().points().value() * (rule.content().deduction() ? -1 : 1);
        Formats formats = Formats.current();
        return rule.content().perHour() ? owner.getTranslation("grant.points.perHour", formats.signed(value))
                : formats.signedPoints(value);
    }


    /** The sentence after a grant: posted, waiting for approval (and why), or on notice until when. */
    static String outcome(Component owner, String residentName, RuleEntry rule, GrantOutcome outcome,
            CommunityPointsSettings settings) {
        String points = Formats.current().signed(outcome.amount());
        return switch (outcome.status()) {
            case POSTED -> owner.getTranslation("grant.done.posted", residentName, points);
            case PENDING_APPROVAL -> owner.getTranslation(approvalReason(rule, outcome, settings), residentName,
                    points, settings.approvalThreshold());
            case NOTICE -> owner.getTranslation("grant.done.notice", residentName, points,
                    noticeDate(outcome.noticeUntil()));
            default -> owner.getTranslation("grant.done.other", residentName, points,
                    owner.getTranslation(outcome.status().translationKey()));
        };
    }

    private static String approvalReason(RuleEntry rule, GrantOutcome outcome, CommunityPointsSettings settings) {
        if (rule.content().deduction()) {
            return "grant.done.pending.deduction";
        }
        if (Math.abs(outcome.amount()) > settings.approvalThreshold()) {
            return "grant.done.pending.threshold";
        }
        return "grant.done.pending.rule";
    }

    private static String noticeDate(@Nullable LocalDateTime until) {
        return until == null ? "" : Formats.current().dayMonth(until);
    }

    /** A refusal in the user's language; a bulk refusal names the resident, then says why. */
    static String refusal(Component owner, RefusedException refusal) {
        String text = owner.getTranslation(refusal.messageKey(), refusal.arguments());
        if (refusal instanceof BulkGrantRefusedException bulk) {
            text += " " + owner.getTranslation(bulk.reason().messageKey(), bulk.reason().arguments());
        }
        return text;
    }
}
