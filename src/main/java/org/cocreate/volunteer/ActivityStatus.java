package org.cocreate.volunteer;

/** Planned (sign-ups, check-in at the event) until the worker closes it. */
public enum ActivityStatus {
    PLANNED, CLOSED
}
