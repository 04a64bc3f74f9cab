package org.cocreate.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit screen asks for: the days from and to (both included, either left open), a kind of
 * event (null: all), a person (part of the sign-in or display name of who acted) and a text in the actor,
 * action code or kind of target. AuditLogService checks it before it reads.
 */
public record AuditFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable AuditKind kind,
        String person, String text) {

    /** Longest person or text typed into a filter; longer is refused, not cut. */
    public static final int TEXT_MAX = 100;

    public static AuditFilter since(@Nullable LocalDate from) {
        return new AuditFilter(from, null, null, "", "");
    }
}
