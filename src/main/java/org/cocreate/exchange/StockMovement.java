package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.Recorded;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change of an item's stock: who, when, why. Written once, never changed (like the points ledger). */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long itemId;
    @Column(nullable = false)
    private long communityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;
    /** Signed: positive puts on the shelf, negative takes off. */
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private int stockAfter;
    private @Nullable String sponsor;
    private @Nullable String reason;
    private @Nullable Long sessionId;
    private @Nullable Long redemptionId;
    @Embedded
    private Recorded created;

    protected StockMovement() {
        this.kind = MovementKind.RECEIPT;
        this.created = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    @SuppressWarnings("java:S107")
    StockMovement(ExchangeItem item, MovementKind kind, int quantity, int stockAfter, @Nullable String sponsor,
            @Nullable String reason, @Nullable Long sessionId, @Nullable Long redemptionId,
            Recorded created) {
        this.itemId = item.id();
        this.communityId = item.getCommunityId();
        this.kind = kind;
        this.quantity = quantity;
        this.stockAfter = stockAfter;
        this.sponsor = sponsor;
        this.reason = reason;
        this.sessionId = sessionId;
        this.redemptionId = redemptionId;
        this.created = created;
    }


    public long id() {
        if (id == null) {
            throw new IllegalStateException("StockMovement is not saved yet");
        }
        return id;
    }

    public long getItemId() { return itemId; }
    public long getCommunityId() { return communityId; }
    public MovementKind getKind() { return kind; }
    public int getQuantity() { return quantity; }
    public int getStockAfter() { return stockAfter; }
    public @Nullable String getSponsor() { return sponsor; }
    public @Nullable String getReason() { return reason; }
    public @Nullable Long getSessionId() { return sessionId; }
    public @Nullable Long getRedemptionId() { return redemptionId; }
    public Recorded getCreated() { return created; }
    public @Nullable String getCreatedBy() { return created.actor(); }
    public LocalDateTime getCreatedAt() { return created.at(); }
    public @Nullable String getRemoteAddr() { return created.remoteAddress(); }
    public @Nullable String getUserAgent() { return created.userAgent(); }
}
