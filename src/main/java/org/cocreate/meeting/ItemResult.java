package org.cocreate.meeting;

/** What the vote decided. */
public enum ItemResult {
    ADOPTED, REJECTED
}
