package org.cocreate.meeting;

/**
 * A type of meeting's rules: quorum when more than {@code quorumPercent}% of the invited members are present,
 * an item adopted when the votes for are more than {@code majorityPercent}% of the members present. The
 * default, more than half each, is the usual 过半数.
 */
public record MeetingRule(int quorumPercent, int majorityPercent) {

    public static final MeetingRule DEFAULT = new MeetingRule(50, 50);

    /** More than the share: {@code part / whole > percent / 100}, in whole numbers. */
    static boolean moreThan(int part, int whole, int percent) {
        return (long) part * 100 > (long) whole * percent;
    }

    /** The smallest count that is more than the share of the whole. */
    static int smallestAbove(int whole, int percent) {
        return (int) ((long) whole * percent / 100) + 1;
    }
}
