package org.cocreate.meeting;

/** Planned (invitations, agenda), open (check-in and votes), closed (the minutes). */
public enum MeetingStatus {
    PLANNED, OPEN, CLOSED
}
