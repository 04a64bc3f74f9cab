package org.cocreate.community;

import org.cocreate.base.Area;

/**
 * A row of a property register that would be imported: the unit's address as the register spells it, its area,
 * whether the developer holds it, and its owner (name and masked phone; empty when the row names none).
 */
public record PropertyImportRow(int row, String address, Area area, boolean developerHeld, String ownerName,
        String maskedPhone) {
}
