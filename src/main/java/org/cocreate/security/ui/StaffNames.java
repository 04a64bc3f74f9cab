package org.cocreate.security.ui;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocreate.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * Who did it, as people know each other: the display names (陈主任) of the staff named on a screen, looked
 * up once for all its rows. A sign-in name without a display name is shown as it is.
 */
public final class StaffNames {

    private final Map<String, String> names;

    private StaffNames(Map<String, String> names) {
        this.names = names;
    }

    /** Before the first look-up: every name as it is. */
    public static StaffNames empty() {
        return new StaffNames(Map.of());
    }

    public static StaffNames of(UserService users, Stream<@Nullable String> usernames) {
        return new StaffNames(users.displayNames(usernames.filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** The display name, the sign-in name if there is none, or "" for nobody. */
    public String name(@Nullable String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }
}
