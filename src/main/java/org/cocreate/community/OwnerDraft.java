package org.cocreate.community;

import org.jspecify.annotations.Nullable;

/** An owner to add to a unit: a resident of the register, or (resident null) a name and a phone. */
public record OwnerDraft(@Nullable Long residentId, @Nullable String name, @Nullable String phone) {

    public static final int NAME_MAX = 50;
}
