package org.cocreate.security;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A line of the audit trail as the audit screen shows it: the community by name, the action as a code. */
public record AuditLogEntry(long id, LocalDateTime occurredAt, @Nullable String actor, String action,
        @Nullable String targetType, @Nullable String targetId, @Nullable String communityName,
        @Nullable String remoteAddress, @Nullable String userAgent, @Nullable String before,
        @Nullable String after) {
}
