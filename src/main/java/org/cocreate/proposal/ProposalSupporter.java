package org.cocreate.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A resident who supports a proposal; the key makes it once each. */
@Entity
@Table(name = "proposal_supporter")
class ProposalSupporter {

    @Embeddable
    record Key(@Column(name = "proposal_id") long proposalId, @Column(name = "resident_id") long residentId) {
    }

    @EmbeddedId
    private Key key;
    private @Nullable String addedBy;
    @Column(nullable = false)
    private LocalDateTime addedAt;

    protected ProposalSupporter() {
        this.key = new Key(0, 0);
        this.addedAt = LocalDateTime.MIN;
    }

    ProposalSupporter(long proposalId, long residentId, @Nullable String addedBy, LocalDateTime addedAt) {
        this.key = new Key(proposalId, residentId);
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long residentId() {
        return key.residentId();
    }
}
