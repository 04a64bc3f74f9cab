package org.cocreate.community;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A change to the register that its rules refuse (a duplicate name, a malformed phone ...). */
public class RegisterRefusedException extends RefusedException {

    public RegisterRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
