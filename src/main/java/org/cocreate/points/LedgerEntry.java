package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.Recorded;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One change of a balance. Written once and never updated or deleted (Hibernate ignores changes to an
 * immutable entity, and its repository offers no delete); a mistake is corrected by a REVERSAL naming it.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false)
    private long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    /** Signed: positive adds to the balance, negative takes away. */
    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private Points balanceAfter;

    /** Times or hours the grant is for; what the caps count. */
    @Column(nullable = false)
    private int quantity;

    /** The day the deed was done (the grant date); caps and the standard in effect are taken at this date. */
    @Column(nullable = false)
    private LocalDate occurredOn;

    private @Nullable Long ruleId;
    private @Nullable Long standardVersionId;
    private @Nullable Long reversesEntryId;
    private @Nullable String note;
    private @Nullable String idempotencyKey;
    @Embedded
    private Recorded created;

    protected LedgerEntry() {
        this.kind = EntryKind.GRANT;
        this.balanceAfter = Points.ZERO;
        this.occurredOn = LocalDate.MIN;
        this.created = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    @SuppressWarnings("java:S107")
    LedgerEntry(PointAccount account, EntryKind kind, long amount, Points balanceAfter, int quantity,
            LocalDate occurredOn, @Nullable Long ruleId, @Nullable Long standardVersionId,
            @Nullable Long reversesEntryId, @Nullable String note, @Nullable String idempotencyKey,
            Recorded created) {
        this.accountId = account.id();
        this.communityId = account.getCommunityId();
        this.kind = kind;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.quantity = quantity;
        this.occurredOn = occurredOn;
        this.ruleId = ruleId;
        this.standardVersionId = standardVersionId;
        this.reversesEntryId = reversesEntryId;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.created = created;
    }


    public long id() {
        if (id == null) {
            throw new IllegalStateException("LedgerEntry is not saved yet");
        }
        return id;
    }

    public long getAccountId() { return accountId; }
    public long getCommunityId() { return communityId; }
    public EntryKind getKind() { return kind; }
    public long getAmount() { return amount; }
    public Points getBalanceAfter() { return balanceAfter; }
    public int getQuantity() { return quantity; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public @Nullable Long getRuleId() { return ruleId; }
    public @Nullable Long getStandardVersionId() { return standardVersionId; }
    public @Nullable Long getReversesEntryId() { return reversesEntryId; }
    public @Nullable String getNote() { return note; }
    public @Nullable String getIdempotencyKey() { return idempotencyKey; }
    public Recorded getCreated() { return created; }
    public @Nullable String getCreatedBy() { return created.actor(); }
    public LocalDateTime getCreatedAt() { return created.at(); }
    public @Nullable String getRemoteAddr() { return created.remoteAddress(); }
    public @Nullable String getUserAgent() { return created.userAgent(); }

    String auditState() {
        return "kind=" + kind + ", amount=" + amount + ", balanceAfter=" + balanceAfter + ", quantity=" + quantity
                + ", rule=" + ruleId + ", standard=" + standardVersionId + ", reverses=" + reversesEntryId
                + ", note=" + note;
    }
}
