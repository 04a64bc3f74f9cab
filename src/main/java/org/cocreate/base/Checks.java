package org.cocreate.base;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The checks every service command makes of its own input before it changes anything, whatever the
 * form in front of it has already checked: the service is called by views, imports, jobs and tests, and
 * a request can be forged. Each check refuses with the feature's own refusal, naming the field (the
 * record component the form binds) and a translation key, so that the form shows the message next to
 * that field; texts come back stripped, optional texts as null when blank.
 *
 * <p>One instance per feature, built with its refusal:
 * {@code private static final Checks CHECK = new Checks(ExchangeRefusedException::new);}
 */
public final class Checks {

    /** How a feature refuses: its {@link RefusedException} subclass's (field, key, arguments) constructor. */
    @FunctionalInterface
    public interface Refusal {
        RefusedException refuse(String field, String messageKey, Object... arguments);
    }

    private final Refusal refusal;

    public Checks(Refusal refusal) {
        this.refusal = refusal;
    }

    /** A text that must be given, of at most {@code max} characters once stripped; refused with {@code key, max}. */
    public String text(String field, @Nullable String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw refusal.refuse(field, key, max);
        }
        return stripped;
    }

    /** A text that may be left out (null when blank), of at most {@code max} characters once stripped. */
    public @Nullable String optionalText(String field, @Nullable String value, int max, String key) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw refusal.refuse(field, key, max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** A whole number from {@code min} to {@code max}; refused with {@code key, min, max}. */
    public int between(String field, @Nullable Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw refusal.refuse(field, key, min, max);
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}, as {@link #between(String, Integer, int, int, String)}. */
    public long between(String field, @Nullable Long value, long min, long max, String key) {
        if (value == null || value < min || value > max) {
            throw refusal.refuse(field, key, min, max);
        }
        return value;
    }

    /** A number that may be left out, else from {@code min} to {@code max}. */
    public @Nullable Integer optionalBetween(String field, @Nullable Integer value, int min, int max, String key) {
        return value == null ? null : between(field, value, min, max, key);
    }

    /** A choice that must be made (a kind, a household, a role). */
    public <T> T required(String field, @Nullable T value, String key) {
        if (value == null) {
            throw refusal.refuse(field, key);
        }
        return value;
    }

    /** A set of choices of which at least one must be made. */
    public <C extends Collection<?>> C notEmpty(String field, @Nullable C values, String key) {
        if (values == null || values.isEmpty()) {
            throw refusal.refuse(field, key);
        }
        return values;
    }

    /** Refuses unless {@code holds}: for the rules the other checks do not name. */
    public void that(boolean holds, String field, String key, Object... arguments) {
        if (!holds) {
            throw refusal.refuse(field, key, arguments);
        }
    }
}
