package org.cocreate.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An item of the agenda: what it decides, its notes for the minutes, and, once closed, its counted result. */
@Entity
@Table(name = "meeting_item")
class MeetingItem extends AbstractEntity {

    @Column(nullable = false)
    private long meetingId;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;
    private @Nullable Long proposalId;
    private @Nullable Long standardId;
    @Column(nullable = false)
    private String title;
    private @Nullable String notes;
    private @Nullable String decision;
    private @Nullable String owner;
    private @Nullable LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;
    @Enumerated(EnumType.STRING)
    private @Nullable ItemResult result;
    private @Nullable Integer votesFor;
    private @Nullable Integer votesAgainst;
    private @Nullable Integer votesAbstain;
    private @Nullable Integer present;
    private @Nullable LocalDateTime openedAt;
    private @Nullable LocalDateTime closedAt;

    protected MeetingItem() {
        this.kind = ItemKind.TOPIC;
        this.title = "";
        this.status = ItemStatus.PENDING;
    }

    MeetingItem(long meetingId, int position, ItemKind kind, @Nullable Long proposalId, @Nullable Long standardId,
            String title) {
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.proposalId = proposalId;
        this.standardId = standardId;
        this.title = title;
        this.status = ItemStatus.PENDING;
    }

    long getMeetingId() { return meetingId; }
    int getPosition() { return position; }
    ItemKind getKind() { return kind; }
    @Nullable Long getProposalId() { return proposalId; }
    @Nullable Long getStandardId() { return standardId; }
    String getTitle() { return title; }
    @Nullable String getNotes() { return notes; }
    @Nullable String getDecision() { return decision; }

    @Nullable String getOwner() { return owner; }

    @Nullable LocalDate getDeadline() { return deadline; }
    ItemStatus getStatus() { return status; }
    @Nullable ItemResult getResult() { return result; }
    @Nullable LocalDateTime getOpenedAt() { return openedAt; }
    @Nullable LocalDateTime getClosedAt() { return closedAt; }

    void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    void openVote(LocalDateTime at) {
        this.status = ItemStatus.VOTING;
        this.openedAt = at;
    }

    void close(Tally tally, ItemResult result, ItemDecision decided, LocalDateTime at) {
        this.status = ItemStatus.CLOSED;
        this.decision = decided.text();
        this.owner = decided.owner();
        this.deadline = decided.deadline();
        this.result = result;
        this.votesFor = tally.votesFor();
        this.votesAgainst = tally.against();
        this.votesAbstain = tally.abstain();
        this.present = tally.present();
        this.closedAt = at;
    }

    /** The counts kept when it closed; null while it is open. */
    @Nullable Tally closedTally() {
        return votesFor == null || votesAgainst == null || votesAbstain == null || present == null ? null
                : new Tally(votesFor, votesAgainst, votesAbstain, present);
    }
}
