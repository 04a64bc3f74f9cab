package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A grant a closed activity sent to one of its volunteers, for so many times or hours. Never edited: a
 * correction takes it back (in the points feature) and records a new one beside it.
 */
@Entity
@Table(name = "volunteer_grant")
class ActivityGrant extends AbstractEntity {

    @Column(nullable = false)
    private long activityId;
    @Column(nullable = false)
    private long residentId;
    @Column(nullable = false)
    private long grantId;
    private int quantity;
    private boolean takenBack;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;

    protected ActivityGrant() {
        this.createdAt = LocalDateTime.MIN;
    }

    ActivityGrant(long activityId, long residentId, long grantId, int quantity, @Nullable String by,
            LocalDateTime at) {
        this.activityId = activityId;
        this.residentId = residentId;
        this.grantId = grantId;
        this.quantity = quantity;
        this.createdBy = by;
        this.createdAt = at;
    }

    long getActivityId() { return activityId; }
    long getResidentId() { return residentId; }
    long getGrantId() { return grantId; }
    int getQuantity() { return quantity; }
    boolean isTakenBack() { return takenBack; }

    void takeBack() {
        this.takenBack = true;
    }
}
