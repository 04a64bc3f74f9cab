package org.cocreate.assembly;

import java.time.LocalDate;
import java.util.List;

/** An assembly as the screens read it, with its items. */
public record AssemblyEntry(long id, long communityId, long compoundId, String compoundName, String title,
        LocalDate opensOn, LocalDate closesOn, AssemblyStatus status, List<ItemEntry> items, int units) {
}
