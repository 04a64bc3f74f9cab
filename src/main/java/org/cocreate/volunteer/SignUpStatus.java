package org.cocreate.volunteer;

/** A resident's place on a shift: in, waiting for a place (in the order they came), or cancelled. */
public enum SignUpStatus {
    SIGNED_UP, WAITING, CANCELLED
}
