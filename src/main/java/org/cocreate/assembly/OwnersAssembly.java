package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** 业主大会: a vote of a compound's owners over a period, on one or more items. */
@Entity
@Table(name = "owners_assembly")
class OwnersAssembly extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private long compoundId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private LocalDate opensOn;
    @Column(nullable = false)
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssemblyStatus status;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;
    private @Nullable LocalDateTime openedAt;
    private @Nullable LocalDateTime closedAt;
    /** The share of area and heads that must take part, fixed at the opening (a {@link Threshold#code()}). */
    private @Nullable String participation;
    /** The committee's wording of the decision, published with the tallies. */
    private @Nullable String closeNote;

    protected OwnersAssembly() {
        this.title = "";
        this.opensOn = LocalDate.MIN;
        this.closesOn = LocalDate.MIN;
        this.status = AssemblyStatus.DRAFT;
        this.createdAt = LocalDateTime.MIN;
    }

    OwnersAssembly(long communityId, long compoundId, String title, LocalDate opensOn, LocalDate closesOn,
            @Nullable String by, LocalDateTime at) {
        this.communityId = communityId;
        this.compoundId = compoundId;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.status = AssemblyStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
    }

    long getCommunityId() { return communityId; }
    long getCompoundId() { return compoundId; }
    String getTitle() { return title; }
    LocalDate getOpensOn() { return opensOn; }
    LocalDate getClosesOn() { return closesOn; }
    AssemblyStatus getStatus() { return status; }
    @Nullable LocalDateTime getOpenedAt() { return openedAt; }
    @Nullable LocalDateTime getClosedAt() { return closedAt; }

    /** The participation share fixed at the opening; none while in preparation. */
    @Nullable Threshold getParticipation() {
        return participation == null ? null : Threshold.ofCode(participation);
    }

    void open(Threshold participationShare, LocalDateTime at) {
        this.participation = participationShare.code();
        this.status = AssemblyStatus.OPEN;
        this.openedAt = at;
    }

    @Nullable String getCloseNote() { return closeNote; }

    void close(LocalDateTime at, @Nullable String note) {
        this.closeNote = note;
        this.status = AssemblyStatus.CLOSED;
        this.closedAt = at;
    }
}
