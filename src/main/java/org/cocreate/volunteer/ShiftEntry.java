package org.cocreate.volunteer;

import java.time.LocalDateTime;

/** A shift as the screens read it: its role and time, how many it takes, how many are in and waiting. */
public record ShiftEntry(long id, long activityId, String role, LocalDateTime startsAt, LocalDateTime endsAt,
        int capacity, int signedUp, int waiting) {

    public boolean full() {
        return signedUp >= capacity;
    }
}
