package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A grant on its way (or decided), as the approval queue and the notice list show it to staff. */
public record GrantLine(long grantId, long residentId, String residentName, String residentPlace, String ruleName, RuleCategory category,
        int quantity, boolean perHour, long amount, LocalDate occurredOn, @Nullable String note, GrantStatus status,
        @Nullable String createdBy, LocalDateTime createdAt, @Nullable String approvedBy,
        @Nullable LocalDateTime noticeUntil, @Nullable String objectionReason, @Nullable String objectedBy,
        @Nullable String objectedFor, @Nullable String decisionNote, @Nullable String decidedBy, boolean hasPhoto) {
}
