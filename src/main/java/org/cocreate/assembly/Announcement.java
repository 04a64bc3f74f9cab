package org.cocreate.assembly;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 公告: a closed assembly's result as the public page shows it, each item with its tallies by area and heads
 * and its decision; never a unit's individual vote.
 */
public record Announcement(AssemblyEntry assembly, LocalDateTime closedAt, List<ItemResult> results) {
}
