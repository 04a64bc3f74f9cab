package org.cocreate.base;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the user name of the signed-in user, as the services write it into provenance (created
 * by, approved by, voided by ...) and the audit trail. The one way to ask; {@code null} when nobody is
 * (scheduled jobs, demo data, the first start).
 */
public final class Actor {

    private Actor() {
    }

    public static @Nullable String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
