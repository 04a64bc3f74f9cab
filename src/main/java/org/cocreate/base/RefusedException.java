package org.cocreate.base;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of the application: bad input, a rule that says no. It carries a translation key
 * (and its arguments) instead of a message, so that the screen shows it in the user's language, and
 * optionally the name of the field it belongs to, so that the form shows it next to that field.
 * Features subclass it with names that say what was refused.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public RefusedException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public RefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field the refusal is about, or null when it concerns the whole action. */
    public @Nullable String field() {
        return field;
    }
}
