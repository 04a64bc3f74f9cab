package org.cocreate.points;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What became of a grant: posted at once ({@code entry} is its ledger entry), or waiting for approval or for
 * the end of its public notice ({@code noticeUntil}).
 */
public record GrantOutcome(long grantId, long residentId, GrantStatus status, long amount, int quantity,
        long ruleId, @Nullable LocalDateTime noticeUntil, @Nullable PostedEntry entry) {

    static GrantOutcome of(PointGrant grant, @Nullable PostedEntry entry) {
        return new GrantOutcome(grant.id(), grant.getResidentId(), grant.getStatus(), grant.getAmount(),
                grant.getQuantity(), grant.getRuleId(), grant.getNoticeUntil(), entry);
    }

    /** The ledger entry of a grant that posted; a programming error to ask of one that waits. */
    public PostedEntry posted() {
        if (entry == null) {
            throw new IllegalStateException("Grant " + grantId + " has not posted: " + status);
        }
        return entry;
    }
}
