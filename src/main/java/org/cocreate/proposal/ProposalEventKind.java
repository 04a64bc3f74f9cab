package org.cocreate.proposal;

/** What a line of a proposal's history records. */
public enum ProposalEventKind {
    SUBMITTED, STATUS_CHANGED, ANSWER_PUBLISHED, MERGED_INTO, MERGED_FROM, SUPPORTER_ADDED, PHOTO_ADDED,
    EXECUTION_SET, EVALUATION_RECORDED, PROGRESS_REPORTED
}
