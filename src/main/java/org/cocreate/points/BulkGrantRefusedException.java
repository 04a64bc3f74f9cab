package org.cocreate.points;

/**
 * A bulk grant refused because of one resident (a cap reached, not enough points for a deduction): nothing
 * was recorded for anybody. Names the resident, and carries the refusal for that resident.
 */
public class BulkGrantRefusedException extends PointsRefusedException {

    private final PointsRefusedException reason;

    BulkGrantRefusedException(String residentName, PointsRefusedException reason) {
        super(reason.field(), "points.bulk.refused", residentName);
        this.reason = reason;
    }

    public PointsRefusedException reason() {
        return reason;
    }
}
