package org.cocreate.meeting;

/** An item waits, is being voted on, or is closed with its result. */
public enum ItemStatus {
    PENDING, VOTING, CLOSED
}
