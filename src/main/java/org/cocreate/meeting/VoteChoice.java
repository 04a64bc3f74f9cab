package org.cocreate.meeting;

/** 赞成 / 反对 / 弃权. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
