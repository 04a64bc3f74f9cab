package org.cocreate.meeting;

/** An item's votes counted, and the members present who could have voted. */
public record Tally(int votesFor, int against, int abstain, int present) {

    public int cast() {
        return votesFor + against + abstain;
    }

    /** Adopted when the votes for are more than the rule's share of the members present. */
    public ItemResult result(MeetingRule rule) {
        return present > 0 && MeetingRule.moreThan(votesFor, present, rule.majorityPercent()) ? ItemResult.ADOPTED
                : ItemResult.REJECTED;
    }
}
