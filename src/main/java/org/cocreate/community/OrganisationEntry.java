package org.cocreate.community;

import org.jspecify.annotations.Nullable;

public record OrganisationEntry(long id, OrganisationType type, String name, @Nullable Long compoundId,
        @Nullable String compoundName, long members) {
}
