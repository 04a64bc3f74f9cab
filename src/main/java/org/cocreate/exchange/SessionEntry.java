package org.cocreate.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A redemption day with its offer. */
public record SessionEntry(long id, long communityId, LocalDate date, String place, SessionStatus status,
        @Nullable String openedBy, LocalDateTime openedAt, @Nullable String closedBy, @Nullable LocalDateTime closedAt,
        List<SessionOffer> offer) {
}
