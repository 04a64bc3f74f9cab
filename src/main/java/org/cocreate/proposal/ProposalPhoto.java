package org.cocreate.proposal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A photo of a proposal (the broken lamp, the puddle by the gate); a merge moves it to the proposal merged into. */
@Entity
@Table(name = "proposal_photo")
class ProposalPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long proposalId;
    @Column(nullable = false)
    private String contentType;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    /** The progress report it was taken for, if any. */
    private @Nullable Long updateId;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected ProposalPhoto() {
        this.contentType = "";
        this.content = new byte[0];
        this.createdAt = LocalDateTime.MIN;
    }

    ProposalPhoto(long proposalId, ProposalPicture picture, @Nullable String createdBy, LocalDateTime createdAt) {
        this.proposalId = proposalId;
        this.contentType = picture.contentType();
        this.content = picture.content();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    long getProposalId() { return proposalId; }
    @Nullable Long getUpdateId() { return updateId; }

    void ofUpdate(long update) {
        this.updateId = update;
    }

    void moveTo(long otherProposalId) {
        this.proposalId = otherProposalId;
    }

    ProposalPicture toPicture() {
        return new ProposalPicture(contentType, content);
    }
}
