package org.cocreate.community;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A compound as the lists and the coverage checklist show it. */
public record CompoundEntry(long id, String name, @Nullable String address, long buildings, long residents,
        Set<Coverage> coverage) {

    public boolean covers(Coverage item) {
        return coverage.contains(item);
    }
}
