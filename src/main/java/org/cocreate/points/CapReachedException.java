package org.cocreate.points;

/** A grant would exceed a rule's cap per person per day or per month; the message names the cap. */
public class CapReachedException extends PointsRefusedException {

    public CapReachedException(String messageKey, String ruleName, int cap, long alreadyGranted) {
        super("quantity", messageKey, ruleName, cap, alreadyGranted);
    }
}
