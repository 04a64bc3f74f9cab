package org.cocreate.community;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter for a compound: its name, address and which of the six things it has. The limits are
 * the columns' and are named here once, for the service's checks and the form's fields alike.
 */
public record CompoundDraft(String name, @Nullable String address, Set<Coverage> coverage) {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;

    public CompoundDraft {
        coverage = coverage == null ? Set.of() : Set.copyOf(coverage);
    }
}
