package org.cocreate.meeting;

/** How a vote reached the record: the member's own phone, or the secretary for them (a hand, paper, a call). */
public enum VoteWay {
    BALLOT, HAND, PAPER, PHONE
}
