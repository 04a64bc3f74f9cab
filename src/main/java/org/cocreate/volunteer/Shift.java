package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.cocreate.base.AbstractEntity;

/** A shift of an activity: a role, a time window and how many people it takes. */
@Entity
@Table(name = "volunteer_shift")
class Shift extends AbstractEntity {

    @Column(nullable = false)
    private long activityId;
    @Column(nullable = false)
    private String role;
    @Column(nullable = false)
    private LocalDateTime startsAt;
    @Column(nullable = false)
    private LocalDateTime endsAt;
    private int capacity;

    protected Shift() {
        this.role = "";
        this.startsAt = LocalDateTime.MIN;
        this.endsAt = LocalDateTime.MIN;
    }

    /** From a draft the service has checked. */
    Shift(long activityId, ShiftDraft checked) {
        this.activityId = activityId;
        this.role = Objects.requireNonNull(checked.role());
        this.startsAt = Objects.requireNonNull(checked.startsAt());
        this.endsAt = Objects.requireNonNull(checked.endsAt());
        this.capacity = Objects.requireNonNull(checked.capacity());
    }

    long getActivityId() { return activityId; }
    String getRole() { return role; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    int getCapacity() { return capacity; }

    /** An occurrence's shift follows its changed rule: role, capacity and the occurrence's time. */
    void follow(String role, int capacity, LocalDateTime from, LocalDateTime to) {
        this.role = role;
        this.capacity = capacity;
        this.startsAt = from;
        this.endsAt = to;
    }

    /** Whether this shift's time and [from, to) share a moment. */
    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }
}
