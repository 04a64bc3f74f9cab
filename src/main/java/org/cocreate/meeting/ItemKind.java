package org.cocreate.meeting;

/** What an agenda item decides: a residents' proposal, a version of the scoring standard, or a free topic. */
public enum ItemKind {
    PROPOSAL, STANDARD, TOPIC
}
