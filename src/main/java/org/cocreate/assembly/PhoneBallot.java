package org.cocreate.assembly;

import java.util.List;
import java.util.Map;
import org.cocreate.base.Area;

/**
 * What an owner's phone shows for their unit's link: the assembly, the unit, the items and the unit's ballot on
 * each so far (by item id), and whether the vote is still open.
 */
public record PhoneBallot(long assemblyId, String title, String compoundName, String address, Area area,
        List<ItemEntry> items, Map<Long, ItemVote> cast, boolean open) {
}
