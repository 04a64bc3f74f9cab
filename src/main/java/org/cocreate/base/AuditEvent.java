package org.cocreate.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. Immutable: it is written once and never changed or deleted. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private LocalDateTime occurredAt;

    private @Nullable String actor;

    @Column(nullable = false)
    private String action;

    private @Nullable String targetType;
    private @Nullable String targetId;
    private @Nullable Long communityId;
    private @Nullable String remoteAddr;
    private @Nullable String userAgent;
    private @Nullable String beforeState;
    private @Nullable String afterState;

    protected AuditEvent() {
        this.occurredAt = LocalDateTime.MIN;
        this.action = "";
    }

    AuditEvent(LocalDateTime occurredAt, @Nullable String actor, String action, @Nullable String targetType,
            @Nullable String targetId, @Nullable Long communityId, DeviceInfo device,
            @Nullable String beforeState, @Nullable String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.communityId = communityId;
        this.remoteAddr = truncate(device.remoteAddress(), 64);
        this.userAgent = truncate(device.userAgent(), 300);
        this.beforeState = truncate(beforeState, 4000);
        this.afterState = truncate(afterState, 4000);
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public @Nullable Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public @Nullable String getActor() { return actor; }
    public String getAction() { return action; }
    public @Nullable String getTargetType() { return targetType; }
    public @Nullable String getTargetId() { return targetId; }
    public @Nullable Long getCommunityId() { return communityId; }
    public @Nullable String getRemoteAddr() { return remoteAddr; }
    public @Nullable String getUserAgent() { return userAgent; }
    public @Nullable String getBeforeState() { return beforeState; }
    public @Nullable String getAfterState() { return afterState; }
}
