package org.cocreate.proposal;

/** A resident's verdict on what was done (效果共评). */
public enum Verdict {
    SATISFIED, PARTLY, NOT_SATISFIED
}
