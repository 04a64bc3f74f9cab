package org.cocreate.community;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter for a resident. The household is where they live; the form finds it (or creates it
 * at the door) from the address the worker picks, see {@link #livingIn}. The limits are the columns' and
 * are named here once, for the service's checks and the form's fields alike.
 */
public record ResidentDraft(String name, @Nullable Gender gender, @Nullable Integer birthYear,
        @Nullable String phone, @Nullable Long householdId, @Nullable String notes, Set<ResidentTag> tags) {

    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 20;
    public static final int NOTES_MAX = 1000;
    public static final int BIRTH_YEAR_MIN = 1900;
    public static final int BIRTH_YEAR_MAX = 2100;

    public ResidentDraft {
        tags = Collections.unmodifiableSet(tags == null || tags.isEmpty() ? EnumSet.noneOf(ResidentTag.class)
                : EnumSet.copyOf(tags));
    }

    /** A resident with just a name and a household, the rest left out. */
    public static ResidentDraft of(String name, long householdId) {
        return new ResidentDraft(name, null, null, null, householdId, null, Set.of());
    }

    /** The same resident, living in another household. */
    public ResidentDraft livingIn(long householdId) {
        return new ResidentDraft(name, gender, birthYear, phone, householdId, notes, tags);
    }
}
