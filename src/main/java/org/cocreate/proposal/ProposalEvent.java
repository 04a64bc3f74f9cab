package org.cocreate.proposal;

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
import org.jspecify.annotations.Nullable;

/** A line of a proposal's history; written once, never changed. */
@Entity
@Table(name = "proposal_event")
class ProposalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalEventKind kind;
    @Enumerated(EnumType.STRING)
    private @Nullable ProposalStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private @Nullable ProposalStatus toStatus;
    private @Nullable String detail;
    private @Nullable Long otherId;
    @Embedded
    private Recorded recorded;

    protected ProposalEvent() {
        this.kind = ProposalEventKind.SUBMITTED;
        this.recorded = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    ProposalEvent(long proposalId, ProposalEventKind kind, @Nullable ProposalStatus from, @Nullable ProposalStatus to,
            @Nullable String detail, @Nullable Long otherId, Recorded recorded) {
        this.proposalId = proposalId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.detail = detail;
        this.otherId = otherId;
        this.recorded = recorded;
    }

    HistoryLine toLine() {
        return new HistoryLine(kind, fromStatus, toStatus, detail, otherId, recorded.actor(), recorded.at());
    }
}
