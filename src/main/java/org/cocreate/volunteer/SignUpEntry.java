package org.cocreate.volunteer;

import org.jspecify.annotations.Nullable;

/**
 * What a sign-up answers: in or waiting (and where on the list), and how many times the resident did not come
 * in the last 90 days, so that the worker sees it at once (flagged from 2).
 */
public record SignUpEntry(long shiftId, long residentId, SignUpStatus status, @Nullable Integer waitingPosition,
        long recentNoShows) {

    /** No-shows in 90 days from which a sign-up is flagged. */
    public static final int FLAGGED_FROM = 2;

    public boolean flagged() {
        return recentNoShows >= FLAGGED_FROM;
    }
}
