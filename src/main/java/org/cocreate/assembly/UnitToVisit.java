package org.cocreate.assembly;

import org.cocreate.base.Area;

/** A unit that has not returned its ballot yet, where the door-to-door round should go next. */
public record UnitToVisit(long unitId, long buildingId, String buildingName, String floor, String address,
        Area area) {
}
