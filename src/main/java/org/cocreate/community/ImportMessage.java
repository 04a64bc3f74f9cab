package org.cocreate.community;

import java.util.List;

/**
 * A problem of an import as a translation key and its arguments, so that the screen says it in the
 * user's language. Arguments are text, numbers, an {@link ImportColumn} or a list of them; the screen
 * translates the columns.
 */
public record ImportMessage(String key, List<Object> arguments) {

    public ImportMessage {
        arguments = List.copyOf(arguments);
    }

    static ImportMessage of(String key, Object... arguments) {
        return new ImportMessage(key, List.of(arguments));
    }
}
