package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.DeviceInfo;
import org.jspecify.annotations.Nullable;

/**
 * A resident's redemption at a counter: written in the same transaction as the points debit and the stock
 * movements of its lines. The idempotency key, made when the basket opened, makes it happen once.
 */
@Entity
@Table(name = "redemption")
public class Redemption extends AbstractEntity {

    @Column(nullable = false)
    private long sessionId;
    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private long residentId;
    @Column(nullable = false)
    private long points;
    @Column(nullable = false)
    private long ledgerEntryId;
    /** The resident's balance right after the debit, for the receipt. */
    @Column(nullable = false)
    private long balanceAfter;
    @Column(nullable = false)
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RedemptionStatus status;
    private @Nullable String counterName;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;
    private @Nullable String remoteAddr;
    private @Nullable String userAgent;
    private @Nullable String voidedBy;
    private @Nullable LocalDateTime voidedAt;
    private @Nullable String voidReason;

    protected Redemption() {
        this.idempotencyKey = "";
        this.status = RedemptionStatus.DONE;
        this.createdAt = LocalDateTime.MIN;
    }

    @SuppressWarnings("java:S107")
    Redemption(RedemptionSession session, long residentId, long points, long ledgerEntryId, long balanceAfter,
            String idempotencyKey,
            @Nullable String counterName, @Nullable String createdBy, LocalDateTime createdAt, DeviceInfo device) {
        this.sessionId = session.id();
        this.communityId = session.getCommunityId();
        this.residentId = residentId;
        this.points = points;
        this.ledgerEntryId = ledgerEntryId;
        this.balanceAfter = balanceAfter;
        this.idempotencyKey = idempotencyKey;
        this.status = RedemptionStatus.DONE;
        this.counterName = counterName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        String address = device.remoteAddress();
        String agent = device.userAgent();
        this.remoteAddr = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.userAgent = agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
    }

    public long getSessionId() { return sessionId; }
    public long getCommunityId() { return communityId; }
    public long getResidentId() { return residentId; }
    public long getPoints() { return points; }
    public long getLedgerEntryId() { return ledgerEntryId; }
    public long getBalanceAfter() { return balanceAfter; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public RedemptionStatus getStatus() { return status; }
    public @Nullable String getCounterName() { return counterName; }
    public @Nullable String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public @Nullable String getVoidedBy() { return voidedBy; }
    public @Nullable LocalDateTime getVoidedAt() { return voidedAt; }
    public @Nullable String getVoidReason() { return voidReason; }

    void voided(String reason, @Nullable String by, LocalDateTime at) {
        if (status != RedemptionStatus.DONE) {
            throw new ExchangeRefusedException(null, "exchange.void.already");
        }
        this.status = RedemptionStatus.VOIDED;
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }
}
