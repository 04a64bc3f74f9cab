package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Recorded;
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
    @Embedded
    private Recorded created;
    private @Nullable String voidedBy;
    private @Nullable LocalDateTime voidedAt;
    private @Nullable String voidReason;

    protected Redemption() {
        this.idempotencyKey = "";
        this.status = RedemptionStatus.DONE;
        this.created = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    @SuppressWarnings("java:S107")
    Redemption(RedemptionSession session, long residentId, long points, long ledgerEntryId, long balanceAfter,
            String idempotencyKey,
            @Nullable String counterName, Recorded created) {
        this.sessionId = session.id();
        this.communityId = session.getCommunityId();
        this.residentId = residentId;
        this.points = points;
        this.ledgerEntryId = ledgerEntryId;
        this.balanceAfter = balanceAfter;
        this.idempotencyKey = idempotencyKey;
        this.status = RedemptionStatus.DONE;
        this.counterName = counterName;
        this.created = created;
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
    public Recorded getCreated() { return created; }
    public @Nullable String getCreatedBy() { return created.actor(); }
    public LocalDateTime getCreatedAt() { return created.at(); }
    public @Nullable String getRemoteAddr() { return created.remoteAddress(); }
    public @Nullable String getUserAgent() { return created.userAgent(); }
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
