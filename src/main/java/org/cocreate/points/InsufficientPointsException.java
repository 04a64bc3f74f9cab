package org.cocreate.points;

/** Taking the points away would make a balance negative; nothing was changed. */
public class InsufficientPointsException extends PointsRefusedException {

    public InsufficientPointsException(Points balance, Points wanted) {
        super("points", "points.insufficient", balance.value(), wanted.value());
    }
}
