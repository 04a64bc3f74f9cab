package org.cocreate.security;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A line of the audit trail as the audit screen shows it: who acted by sign-in name and by the name people
 * know (the display name, else the sign-in name), the community by name, the action as a code and the
 * states before and after as the feature wrote them (see AuditSentences on the screen).
 */
public record AuditLogEntry(long id, LocalDateTime occurredAt, @Nullable String actor, @Nullable String actorName,
        String action, @Nullable String targetType, @Nullable String targetId, @Nullable String communityName,
        @Nullable String remoteAddress, @Nullable String userAgent, @Nullable String before,
        @Nullable String after) {
}
