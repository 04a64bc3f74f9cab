package org.cocreate.base;

import org.jspecify.annotations.Nullable;

/** People's names as pages that anybody may read show them. */
public final class Names {

    private Names() {
    }

    /**
     * The first character and one asterisk for each further character, so that neighbours recognise
     * themselves but a stranger learns no full name. A one-character name shows as a single asterisk,
     * since its first character would be all of it. Counted in code points, so that a rare character
     * outside the basic plane counts once.
     */
    public static String masked(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            return "";
        }
        if (length == 1) {
            return "*";
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*".repeat(length - 1);
    }
}
