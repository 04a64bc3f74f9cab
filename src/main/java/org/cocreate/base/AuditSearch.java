package org.cocreate.base;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * Which lines of the audit trail to read, as the database narrows them: the communities (lines of no
 * community always match), a time range [from, until), the action codes (empty: every action), the actor
 * by part of the sign-in name or as one of some sign-in names, and a text in the actor, action or target.
 * Texts are matched without regard to case; empty means "any".
 */
public record AuditSearch(Collection<Long> communities, LocalDateTime from, LocalDateTime until,
        Set<String> actions, String actor, Set<String> actors, String text) {

    /** The open end of a range; a plain date both databases store (LocalDateTime.MAX is not). */
    public static final LocalDateTime END = LocalDateTime.of(9999, 12, 31, 0, 0);

    public AuditSearch {
        communities = Set.copyOf(communities);
        actions = Set.copyOf(actions);
        actors = Set.copyOf(actors);
        actor = actor.strip();
        text = text.strip();
    }
}
