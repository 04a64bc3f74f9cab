package org.cocreate.proposal;

/** How the proposal reached the community: a door-to-door visit, a residents' meeting, a night talk (夜话会)… */
public enum ProposalChannel {
    VISIT, RESIDENTS_MEETING, NIGHT_TALK, PHONE, NOTICE_BOX, PARTY_MEMBER
}
