package org.cocreate.community;

import org.cocreate.base.Area;
import org.jspecify.annotations.Nullable;

/** A unit's registered exclusive floor area and whether the developer still holds it (unsold or not handed over). */
public record UnitDraft(@Nullable Area area, boolean developerHeld) {

    /** The largest area a dwelling of a residential compound is registered with; beyond it, a typing error. */
    public static final String AREA_MAX = "9999.99";
}
