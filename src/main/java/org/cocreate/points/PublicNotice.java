package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A grant on public notice (公示) as anybody may see it: the resident's name masked (陈*), the rule and the
 * points, the day of the deed and the end of the notice period; whether an objection holds it.
 */
public record PublicNotice(long grantId, String maskedName, String ruleName, RuleCategory category, int quantity,
        long amount, LocalDate occurredOn, LocalDateTime noticeUntil, boolean objected) {
}
