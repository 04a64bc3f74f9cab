package org.cocreate.base;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    private static final int MAX_STATE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "actor"))
    @AttributeOverride(name = "at", column = @Column(name = "occurred_at", nullable = false))
    private Recorded occurred;

    @Column(nullable = false)
    private String action;

    private @Nullable String targetType;
    private @Nullable String targetId;
    private @Nullable Long communityId;
    private @Nullable String beforeState;
    private @Nullable String afterState;

    protected AuditEvent() {
        this.occurred = new Recorded(null, LocalDateTime.MIN, null, null);
        this.action = "";
    }

    AuditEvent(Recorded occurred, String action, @Nullable String targetType, @Nullable String targetId,
            @Nullable Long communityId, @Nullable String beforeState, @Nullable String afterState) {
        this.occurred = occurred;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.communityId = communityId;
        this.beforeState = Recorded.truncate(beforeState, MAX_STATE);
        this.afterState = Recorded.truncate(afterState, MAX_STATE);
    }

    public @Nullable Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurred.at(); }
    public @Nullable String getActor() { return occurred.actor(); }
    public String getAction() { return action; }
    public @Nullable String getTargetType() { return targetType; }
    public @Nullable String getTargetId() { return targetId; }
    public @Nullable Long getCommunityId() { return communityId; }
    public @Nullable String getRemoteAddr() { return occurred.remoteAddress(); }
    public @Nullable String getUserAgent() { return occurred.userAgent(); }
    public @Nullable String getBeforeState() { return beforeState; }
    public @Nullable String getAfterState() { return afterState; }
}
