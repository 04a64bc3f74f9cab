package org.cocreate.volunteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A volunteer team of the community with its leader (none chosen yet: null) and members. */
public record TeamEntry(long id, String name, @Nullable String compoundName, @Nullable Long leaderId,
        @Nullable String leaderName, List<TeamMember> members) {
}
