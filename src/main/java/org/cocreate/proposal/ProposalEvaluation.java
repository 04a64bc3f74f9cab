package org.cocreate.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A verdict on a proposal's result; written once, never changed. */
@Entity
@Table(name = "proposal_evaluation")
class ProposalEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long proposalId;
    private @Nullable Long residentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;
    private @Nullable String comment;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected ProposalEvaluation() {
        this.verdict = Verdict.SATISFIED;
        this.createdAt = LocalDateTime.MIN;
    }

    ProposalEvaluation(long proposalId, @Nullable Long residentId, Verdict verdict, @Nullable String comment,
            @Nullable String createdBy, LocalDateTime createdAt) {
        this.proposalId = proposalId;
        this.residentId = residentId;
        this.verdict = verdict;
        this.comment = comment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Verdict getVerdict() { return verdict; }
}
