package org.cocreate.security;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A change to a user that the rules refuse: a taken name, a weak password, a community out of scope. */
public class UserRefusedException extends RefusedException {

    public UserRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
