package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A redemption day (兑换日): where, when, which items; counters join it while it is open. */
@Entity
@Table(name = "redemption_session")
public class RedemptionSession extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private LocalDate sessionDate;
    @Column(nullable = false)
    private String place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;
    private @Nullable String openedBy;
    @Column(nullable = false)
    private LocalDateTime openedAt;
    private @Nullable String closedBy;
    private @Nullable LocalDateTime closedAt;

    protected RedemptionSession() {
        this.sessionDate = LocalDate.MIN;
        this.place = "";
        this.status = SessionStatus.OPEN;
        this.openedAt = LocalDateTime.MIN;
    }

    RedemptionSession(long communityId, LocalDate sessionDate, String place, @Nullable String openedBy,
            LocalDateTime openedAt) {
        this.communityId = communityId;
        this.sessionDate = sessionDate;
        this.place = place;
        this.status = SessionStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public long getCommunityId() { return communityId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public String getPlace() { return place; }
    public SessionStatus getStatus() { return status; }
    public @Nullable String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public @Nullable String getClosedBy() { return closedBy; }
    public @Nullable LocalDateTime getClosedAt() { return closedAt; }

    boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    void close(@Nullable String by, LocalDateTime at) {
        this.status = SessionStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }
}
