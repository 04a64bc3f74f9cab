package org.cocreate.security;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A filter of the audit trail that cannot be read: a range that ends before it starts, a date out of range. */
public class AuditRefusedException extends RefusedException {

    public AuditRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
