package org.cocreate.assembly;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** An owners' assembly command refused: the field it concerns and the translated message's key. */
public class AssemblyRefusedException extends RefusedException {

    public AssemblyRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
