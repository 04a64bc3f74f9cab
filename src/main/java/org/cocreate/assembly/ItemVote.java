package org.cocreate.assembly;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A unit's vote on one item: for, against or abstaining; in an election of the owners' committee the
 * candidates marked (their positions on the ballot), at most as many as there are seats.
 */
public record ItemVote(long itemId, Electorate.@Nullable Choice choice, Set<Integer> marked) {

    public static ItemVote of(long itemId, Electorate.Choice choice) {
        return new ItemVote(itemId, choice, Set.of());
    }

    public static ItemVote marking(long itemId, Set<Integer> marked) {
        return new ItemVote(itemId, null, marked);
    }
}
