package org.cocreate.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A member's vote on an item: once per member (the key), changed in place until the item closes. */
@Entity
@Table(name = "meeting_vote")
class MeetingVote {

    @Embeddable
    record Key(@Column(name = "item_id") long itemId, @Column(name = "resident_id") long residentId) {
    }

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteChoice choice;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteWay way;
    private @Nullable String recordedBy;
    @Column(nullable = false)
    private LocalDateTime castAt;
    private int changes;

    protected MeetingVote() {
        this.key = new Key(0, 0);
        this.choice = VoteChoice.ABSTAIN;
        this.way = VoteWay.BALLOT;
        this.castAt = LocalDateTime.MIN;
    }

    MeetingVote(long itemId, long residentId, VoteChoice choice, VoteWay way, @Nullable String recordedBy,
            LocalDateTime castAt) {
        this.key = new Key(itemId, residentId);
        this.choice = choice;
        this.way = way;
        this.recordedBy = recordedBy;
        this.castAt = castAt;
    }

    long residentId() { return key.residentId(); }
    VoteChoice getChoice() { return choice; }
    VoteWay getWay() { return way; }
    @Nullable String getRecordedBy() { return recordedBy; }
    LocalDateTime getCastAt() { return castAt; }

    void change(VoteChoice to, VoteWay by, @Nullable String recorder, LocalDateTime at) {
        this.choice = to;
        this.way = by;
        this.recordedBy = recorder;
        this.castAt = at;
        this.changes++;
    }
}
