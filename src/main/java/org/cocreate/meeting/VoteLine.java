package org.cocreate.meeting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A member's vote as the minutes list it: the choice, how it came and who recorded it. */
public record VoteLine(long residentId, String name, VoteChoice choice, VoteWay way, @Nullable String recordedBy,
        LocalDateTime castAt) {
}
