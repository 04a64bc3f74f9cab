package org.cocreate.assembly;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assembly as the screens read it, with its items; once closed, the note the committee closed it with (the
 * decision's wording, published with the tallies).
 */
public record AssemblyEntry(long id, long communityId, long compoundId, String compoundName, String title,
        LocalDate opensOn, LocalDate closesOn, AssemblyStatus status, List<ItemEntry> items, int units,
        @Nullable String closeNote) {
}
