package org.cocreate.community;

import java.util.List;
import org.cocreate.base.Area;

/**
 * A unit as an owners' assembly counts it (the register's read contract for the assembly): its area, and the
 * key of the owner it counts toward by head — the same key for one owner's several units, one key for all
 * units the developer holds, the unit's own key when its owner is not registered yet.
 */
public record ElectorUnit(long unitId, long buildingId, String buildingName, String floor, String address,
        Area area, String ownerKey, List<Long> ownerIds) {

    /** The head key of all units the developer has not sold or not handed over. */
    public static final String DEVELOPER = "developer";
}
