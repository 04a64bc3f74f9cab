package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A version of a scoring standard as the services return it. */
public record StandardEntry(long id, long communityId, int versionNumber, StandardStatus status, String title,
        @Nullable LocalDate effectiveFrom, @Nullable LocalDate supersededFrom, @Nullable LocalDateTime adoptedAt,
        @Nullable String adoptedNote, @Nullable String adoptedBy) {

    static StandardEntry of(ScoringStandard s) {
        return new StandardEntry(s.id(), s.getCommunityId(), s.getVersionNumber(), s.getStatus(), s.getTitle(),
                s.getEffectiveFrom(), s.getSupersededFrom(), s.getAdoptedAt(), s.getAdoptedNote(), s.getAdoptedBy());
    }
}
