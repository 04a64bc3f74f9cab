package org.cocreate.assembly;

import java.util.List;
import org.cocreate.base.Area;
import org.jspecify.annotations.Nullable;

/**
 * One owner of the electorate with the units they cast a ballot for, as the desk at an assembly meeting finds
 * them: by name, phone or room. {@code names} is empty for the developer's unsold units (one head together) and
 * for a unit whose owner is not registered yet; {@code unitsVoted} says how many of the units returned a ballot.
 */
public record OwnerUnits(String ownerKey, List<String> names, List<String> phones, boolean developer,
        List<UnitToVisit> units, Area area, int unitsVoted) {

    public OwnerUnits {
        names = List.copyOf(names);
        phones = List.copyOf(phones);
        units = List.copyOf(units);
    }

    /** Whether the owner (or a co-owner) answers to {@code query}: a part of a name, a phone, or a unit's address. */
    public boolean matches(@Nullable String query) {
        String wanted = query == null ? "" : query.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        return names.stream().anyMatch(name -> name.contains(wanted))
                || (wanted.length() >= 4 && phones.stream().anyMatch(phone -> phone.contains(wanted)))
                || units.stream().anyMatch(unit -> unit.address().contains(wanted));
    }
}
