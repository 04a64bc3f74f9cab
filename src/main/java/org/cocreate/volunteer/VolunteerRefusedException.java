package org.cocreate.volunteer;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A volunteer roster command refused: the field it concerns and the translated message's key. */
public class VolunteerRefusedException extends RefusedException {

    public VolunteerRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
