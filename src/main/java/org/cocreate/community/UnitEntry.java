package org.cocreate.community;

import java.util.List;
import org.cocreate.base.Area;

/**
 * A unit of a compound with its area and owners, by building and address; {@code floor} as the room number
 * says it ("402" is on the 4th floor), for the door-to-door round.
 */
public record UnitEntry(long id, long householdId, long buildingId, String buildingName, String address,
        String floor, Area area, boolean developerHeld, List<OwnerEntry> owners) {
}
