package org.cocreate.community;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter for an organisation: its type, name, and the compound it serves (null: the whole
 * community). The name's limit is the column's, named here once for the service and the form.
 */
public record OrganisationDraft(@Nullable OrganisationType type, String name, @Nullable Long compoundId) {

    public static final int NAME_MAX = 100;
}
