package org.cocreate.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A progress report of a proposal being carried out; written once, never changed. */
@Entity
@Table(name = "proposal_update")
class ProposalUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long proposalId;
    @Column(nullable = false)
    private String body;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected ProposalUpdate() {
        this.body = "";
        this.createdAt = LocalDateTime.MIN;
    }

    ProposalUpdate(long proposalId, String body, @Nullable String createdBy, LocalDateTime createdAt) {
        this.proposalId = proposalId;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    String getBody() { return body; }
    LocalDateTime getCreatedAt() { return createdAt; }

    ProgressUpdate toUpdate(List<Long> photoIds) {
        return new ProgressUpdate(id(), body, createdBy, createdAt, photoIds);
    }
}
