package org.cocreate.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An invited member of a meeting (or a guest, present without a vote): checked in or not, and the hash of
 * their personal ballot link while one is issued.
 */
@Entity
@Table(name = "meeting_member")
class MeetingMember {

    @Embeddable
    record Key(@Column(name = "meeting_id") long meetingId, @Column(name = "resident_id") long residentId) {
    }

    @EmbeddedId
    private Key key;
    private boolean guest;
    private @Nullable LocalDateTime checkedInAt;
    private @Nullable String checkedInBy;
    private @Nullable String ballotHash;
    private @Nullable LocalDateTime ballotIssuedAt;

    protected MeetingMember() {
        this.key = new Key(0, 0);
    }

    MeetingMember(long meetingId, long residentId, boolean guest) {
        this.key = new Key(meetingId, residentId);
        this.guest = guest;
    }

    long meetingId() { return key.meetingId(); }
    long residentId() { return key.residentId(); }
    boolean isGuest() { return guest; }
    boolean isPresent() { return checkedInAt != null; }
    /** Present and invited: may vote. */
    boolean mayVote() { return !guest && checkedInAt != null; }
    @Nullable LocalDateTime getCheckedInAt() { return checkedInAt; }
    @Nullable String getCheckedInBy() { return checkedInBy; }
    boolean hasBallot() { return ballotHash != null; }
    @Nullable LocalDateTime getBallotIssuedAt() { return ballotIssuedAt; }

    void checkIn(@Nullable String by, LocalDateTime at) {
        this.checkedInBy = by;
        this.checkedInAt = at;
    }

    void undoCheckIn() {
        this.checkedInBy = null;
        this.checkedInAt = null;
        revokeBallot();
    }

    void issueBallot(String hash, LocalDateTime at) {
        this.ballotHash = hash;
        this.ballotIssuedAt = at;
    }

    void revokeBallot() {
        this.ballotHash = null;
        this.ballotIssuedAt = null;
    }
}
