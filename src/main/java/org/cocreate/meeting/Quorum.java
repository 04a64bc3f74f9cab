package org.cocreate.meeting;

/** Who is there: the invited members, those of them checked in, how many are needed, and whether it is reached. */
public record Quorum(int invited, int present, int needed, boolean reached) {

    static Quorum of(int invited, int present, MeetingRule rule) {
        return new Quorum(invited, present, MeetingRule.smallestAbove(invited, rule.quorumPercent()),
                invited > 0 && MeetingRule.moreThan(present, invited, rule.quorumPercent()));
    }
}
