package org.cocreate.community;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row that would be imported, cleaned up: compound and building as the register spells them. */
public record ImportRow(int row, String name, @Nullable Gender gender, @Nullable Integer birthYear,
        @Nullable String phone, String compound, String building, String unit, String room, Set<ResidentTag> tags,
        @Nullable String notes) {

    public ImportRow {
        tags = Set.copyOf(tags);
    }

    public String address() {
        var text = new StringBuilder(compound).append(' ').append(building);
        if (!unit.isEmpty()) {
            text.append(' ').append(unit);
        }
        if (!room.isEmpty()) {
            text.append(' ').append(room);
        }
        return text.toString();
    }
}
