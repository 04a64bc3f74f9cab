package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Recorded;
import org.jspecify.annotations.Nullable;

/**
 * A grant (or deduction) as a worker made it, on its way to the ledger: approval when needed, then the
 * public notice period, objections. Its status moves only forward; when it posts it names the ledger entry.
 */
@Entity
@Table(name = "point_grant")
public class PointGrant extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private long residentId;
    @Column(nullable = false)
    private long ruleId;
    @Column(nullable = false)
    private long standardVersionId;
    @Column(nullable = false)
    private long lineageId;
    @Column(nullable = false)
    private int quantity;
    /** Signed, like the ledger entry it becomes. */
    @Column(nullable = false)
    private long amount;
    @Column(nullable = false)
    private LocalDate occurredOn;
    private @Nullable String note;
    private @Nullable String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Embedded
    private Recorded created;

    private @Nullable String approvedBy;
    private @Nullable LocalDateTime approvedAt;
    private @Nullable LocalDateTime noticeUntil;
    private @Nullable String objectionReason;
    private @Nullable String objectedBy;
    private @Nullable String objectedFor;
    private @Nullable LocalDateTime objectedAt;
    private @Nullable String decisionNote;
    private @Nullable String decidedBy;
    private @Nullable LocalDateTime decidedAt;
    private @Nullable Long postedEntryId;
    private boolean hasPhoto;

    protected PointGrant() {
        this.occurredOn = LocalDate.MIN;
        this.status = GrantStatus.PENDING_APPROVAL;
        this.created = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    @SuppressWarnings("java:S107")
    PointGrant(long communityId, long residentId, ScoringRule rule, int quantity, long amount, LocalDate occurredOn,
            @Nullable String note, @Nullable String idempotencyKey, boolean hasPhoto, Recorded created) {
        this.communityId = communityId;
        this.residentId = residentId;
        this.ruleId = rule.id();
        this.standardVersionId = rule.getStandardId();
        this.lineageId = rule.getLineageId();
        this.quantity = quantity;
        this.amount = amount;
        this.occurredOn = occurredOn;
        this.note = note;
        this.idempotencyKey = idempotencyKey;
        this.hasPhoto = hasPhoto;
        this.status = GrantStatus.PENDING_APPROVAL;
        this.created = created;
    }


    public long getCommunityId() { return communityId; }
    public long getResidentId() { return residentId; }
    public long getRuleId() { return ruleId; }
    public long getStandardVersionId() { return standardVersionId; }
    public long getLineageId() { return lineageId; }
    public int getQuantity() { return quantity; }
    public long getAmount() { return amount; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public @Nullable String getNote() { return note; }
    public @Nullable String getIdempotencyKey() { return idempotencyKey; }
    public GrantStatus getStatus() { return status; }
    public Recorded getCreated() { return created; }
    public @Nullable String getCreatedBy() { return created.actor(); }
    public LocalDateTime getCreatedAt() { return created.at(); }
    public @Nullable String getRemoteAddr() { return created.remoteAddress(); }
    public @Nullable String getUserAgent() { return created.userAgent(); }
    public @Nullable String getApprovedBy() { return approvedBy; }
    public @Nullable LocalDateTime getApprovedAt() { return approvedAt; }
    public @Nullable LocalDateTime getNoticeUntil() { return noticeUntil; }
    public @Nullable String getObjectionReason() { return objectionReason; }
    public @Nullable String getObjectedBy() { return objectedBy; }
    public @Nullable String getObjectedFor() { return objectedFor; }
    public @Nullable LocalDateTime getObjectedAt() { return objectedAt; }
    public @Nullable String getDecisionNote() { return decisionNote; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable LocalDateTime getDecidedAt() { return decidedAt; }
    public @Nullable Long getPostedEntryId() { return postedEntryId; }
    public boolean hasPhoto() { return hasPhoto; }

    boolean isDeduction() {
        return amount < 0;
    }

    void approve(@Nullable String by, LocalDateTime at) {
        requireStatus(GrantStatus.PENDING_APPROVAL);
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void putOnNotice(LocalDateTime until) {
        requireOpen();
        this.status = GrantStatus.NOTICE;
        this.noticeUntil = until;
    }

    void reject(String reason, @Nullable String by, LocalDateTime at) {
        requireStatus(GrantStatus.PENDING_APPROVAL);
        decide(GrantStatus.REJECTED, reason, by, at);
    }

    void object(String reason, @Nullable String onBehalfOf, @Nullable String by, LocalDateTime at) {
        requireStatus(GrantStatus.NOTICE);
        this.status = GrantStatus.OBJECTED;
        this.objectionReason = reason;
        this.objectedFor = onBehalfOf;
        this.objectedBy = by;
        this.objectedAt = at;
    }

    void uphold(String note, @Nullable String by, LocalDateTime at) {
        requireStatus(GrantStatus.OBJECTED);
        decide(GrantStatus.CANCELLED, note, by, at);
    }

    /** Taken back before it posted (the facts it rewarded changed): cancelled, with why. */
    void withdraw(String reason, @Nullable String by, LocalDateTime at) {
        requireOpen();
        decide(GrantStatus.CANCELLED, reason, by, at);
    }

    /** An objection dismissed: the decision is recorded, and the caller posts the grant. */
    void dismiss(String note, @Nullable String by, LocalDateTime at) {
        requireStatus(GrantStatus.OBJECTED);
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void posted(long entryId) {
        requireOpen();
        this.status = GrantStatus.POSTED;
        this.postedEntryId = entryId;
    }

    void failed(String why, LocalDateTime at) {
        requireOpen();
        decide(GrantStatus.FAILED, why, null, at);
    }

    private void decide(GrantStatus to, String note, @Nullable String by, LocalDateTime at) {
        this.status = to;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireStatus(GrantStatus expected) {
        if (status != expected) {
            throw new PointsRefusedException(null, "points.grant.statusChanged");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new PointsRefusedException(null, "points.grant.statusChanged");
        }
    }

    String auditState() {
        return "status=" + status + ", resident=" + residentId + ", rule=" + ruleId + ", amount=" + amount
                + ", quantity=" + quantity + ", occurredOn=" + occurredOn + ", note=" + note + ", entry="
                + postedEntryId;
    }
}
