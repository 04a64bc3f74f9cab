package org.cocreate.exchange;

import org.cocreate.points.Points;
import org.jspecify.annotations.Nullable;

/** What staff enter for a catalogue item. */
public record ItemDraft(ItemKind kind, String name, String unit, Points price, @Nullable Integer dailyLimit,
        int lowStockThreshold, boolean active) {
}
