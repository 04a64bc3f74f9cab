package org.cocreate.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Money;
import org.cocreate.base.Recorded;
import org.jspecify.annotations.Nullable;

/**
 * A proposal: what a resident (or several) raised, where it stands and the official answer of its last
 * decision. Its state changes only through {@link ProposalService}, which checks the move and writes the
 * history line with it.
 */
@Entity
@Table(name = "proposal")
class Proposal extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    private @Nullable Long compoundId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalChannel channel;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    private @Nullable Long proposerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;
    private @Nullable Long mergedIntoId;
    private @Nullable String answer;
    private boolean answerPublished;
    private @Nullable Long ownerId;
    @Column(name = "budget_fen")
    private @Nullable Money budget;
    private @Nullable LocalDate completedOn;
    @Embedded
    private Recorded recorded;
    @Column(nullable = false)
    private LocalDateTime updatedAt;

    protected Proposal() {
        this.category = ProposalCategory.OTHER;
        this.channel = ProposalChannel.VISIT;
        this.title = "";
        this.body = "";
        this.status = ProposalStatus.SUBMITTED;
        this.recorded = new Recorded(null, LocalDateTime.MIN, null, null);
        this.updatedAt = LocalDateTime.MIN;
    }

    /** A new proposal from a checked draft. */
    Proposal(long communityId, ProposalDraft checked, Recorded recorded) {
        this.communityId = communityId;
        this.compoundId = checked.compoundId();
        this.category = java.util.Objects.requireNonNull(checked.category());
        this.channel = java.util.Objects.requireNonNull(checked.channel());
        this.title = java.util.Objects.requireNonNull(checked.title());
        this.body = java.util.Objects.requireNonNull(checked.body());
        this.proposerId = checked.proposerId();
        this.status = ProposalStatus.SUBMITTED;
        this.recorded = recorded;
        this.updatedAt = recorded.at();
    }

    long getCommunityId() { return communityId; }
    @Nullable Long getCompoundId() { return compoundId; }
    ProposalCategory getCategory() { return category; }
    ProposalChannel getChannel() { return channel; }
    String getTitle() { return title; }
    String getBody() { return body; }
    @Nullable Long getProposerId() { return proposerId; }
    ProposalStatus getStatus() { return status; }
    @Nullable Long getMergedIntoId() { return mergedIntoId; }
    @Nullable String getAnswer() { return answer; }
    boolean isAnswerPublished() { return answerPublished; }
    Recorded getRecorded() { return recorded; }
    @Nullable Long getOwnerId() { return ownerId; }
    @Nullable Money getBudget() { return budget; }
    @Nullable LocalDate getCompletedOn() { return completedOn; }

    void carryOut(long owner, Money newBudget, LocalDateTime at) {
        this.ownerId = owner;
        this.budget = newBudget;
        this.updatedAt = at;
    }

    void completed(LocalDate on) {
        this.completedOn = on;
    }
    LocalDateTime getUpdatedAt() { return updatedAt; }

    /** A decision or a step: the new state, and the answer that goes with it (a new answer is not yet public). */
    void moveTo(ProposalStatus next, @Nullable String newAnswer, LocalDateTime at) {
        this.status = next;
        if (newAnswer != null) {
            this.answer = newAnswer;
            this.answerPublished = false;
        }
        this.updatedAt = at;
    }

    void publishAnswer(LocalDateTime at) {
        this.answerPublished = true;
        this.updatedAt = at;
    }

    void mergeInto(long targetId, LocalDateTime at) {
        this.status = ProposalStatus.MERGED;
        this.mergedIntoId = targetId;
        this.updatedAt = at;
    }

    void touch(LocalDateTime at) {
        this.updatedAt = at;
    }
}
