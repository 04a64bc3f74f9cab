package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A resident's place on a shift: signed up, waiting or cancelled; at the event, checked in and out, with the
 * minutes served (rounded to the quarter hour), or a no-show once the activity closed.
 */
@Entity
@Table(name = "volunteer_signup")
class SignUp extends AbstractEntity {

    /** Hours are counted in quarter hours. */
    static final int QUARTER = 15;

    @Column(nullable = false)
    private long shiftId;
    @Column(nullable = false)
    private long residentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignUpStatus status;
    private boolean walkIn;
    @Column(nullable = false)
    private LocalDateTime signedUpAt;
    private @Nullable String signedUpBy;
    private @Nullable LocalDateTime cancelledAt;
    private boolean lateCancel;
    private @Nullable LocalDateTime checkedInAt;
    private @Nullable String checkedInBy;
    private @Nullable LocalDateTime checkedOutAt;
    private @Nullable Integer minutesServed;
    private @Nullable String correctedBy;
    private @Nullable String correctionReason;
    private boolean noShow;

    protected SignUp() {
        this.status = SignUpStatus.CANCELLED;
        this.signedUpAt = LocalDateTime.MIN;
    }

    SignUp(long shiftId, long residentId, SignUpStatus status, boolean walkIn, @Nullable String by, LocalDateTime at) {
        this.shiftId = shiftId;
        this.residentId = residentId;
        this.status = status;
        this.walkIn = walkIn;
        this.signedUpBy = by;
        this.signedUpAt = at;
    }

    long getShiftId() { return shiftId; }
    long getResidentId() { return residentId; }
    SignUpStatus getStatus() { return status; }
    boolean isWalkIn() { return walkIn; }
    LocalDateTime getSignedUpAt() { return signedUpAt; }
    boolean isLateCancel() { return lateCancel; }
    @Nullable LocalDateTime getCheckedInAt() { return checkedInAt; }
    @Nullable LocalDateTime getCheckedOutAt() { return checkedOutAt; }
    @Nullable Integer getMinutesServed() { return minutesServed; }
    boolean isNoShow() { return noShow; }
    @Nullable String getCorrectionReason() { return correctionReason; }

    /** Back on the shift after a cancellation (the same row: one per resident and shift). */
    void signUpAgain(SignUpStatus now, @Nullable String by, LocalDateTime at) {
        this.status = now;
        this.signedUpBy = by;
        this.signedUpAt = at;
        this.cancelledAt = null;
        this.lateCancel = false;
    }

    void cancel(LocalDateTime at, boolean late) {
        this.status = SignUpStatus.CANCELLED;
        this.cancelledAt = at;
        this.lateCancel = late;
    }

    void moveUp() {
        this.status = SignUpStatus.SIGNED_UP;
    }

    void checkIn(@Nullable String by, LocalDateTime at) {
        this.status = SignUpStatus.SIGNED_UP;
        this.checkedInBy = by;
        this.checkedInAt = at;
        this.checkedOutAt = null;
        this.minutesServed = null;
    }

    void undoCheckIn() {
        this.checkedInBy = null;
        this.checkedInAt = null;
        this.checkedOutAt = null;
        this.minutesServed = null;
    }

    /** Out at {@code at}: the time served from the check-in, rounded to the nearest quarter hour. */
    void checkOut(LocalDateTime at) {
        this.checkedOutAt = at;
        this.minutesServed = roundedToQuarter(Duration.between(java.util.Objects.requireNonNull(checkedInAt), at));
    }

    /** A worker's correction of the minutes served, with the reason. */
    void correct(int minutes, @Nullable String by, String reason) {
        this.minutesServed = minutes;
        this.correctedBy = by;
        this.correctionReason = reason;
    }

    /** A no-show who came after all, as a worker corrects it: in from {@code in}, for the minutes given. */
    void cameAfterAll(LocalDateTime in, int minutes, @Nullable String by, String reason) {
        this.noShow = false;
        this.checkedInBy = by;
        this.checkedInAt = in;
        this.checkedOutAt = in.plusMinutes(minutes);
        correct(minutes, by, reason);
    }

    /** Signed up and never came, once the activity closed. */
    void markNoShow() {
        this.noShow = true;
    }

    static int roundedToQuarter(Duration served) {
        long minutes = Math.max(0, served.toMinutes());
        return (int) (Math.round(minutes / (double) QUARTER) * QUARTER);
    }
}
