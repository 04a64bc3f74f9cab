package org.cocreate.community;

import org.cocreate.base.Area;

/** A compound's units in figures: how many, their exclusive area, and their owners counted by head. */
public record UnitTotals(int units, Area area, int ownersByHead) {
}
