package org.cocreate.community;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resident as lists and the search show them. {@code phone} is already masked unless the user may
 * see full numbers (ADMIN and WORKER of the resident's community).
 */
public record ResidentListEntry(long id, String name, @Nullable Gender gender, @Nullable Integer birthYear,
        HouseholdEntry household, String phone, Set<ResidentTag> tags) {

    public String address() {
        return household.address();
    }
}
