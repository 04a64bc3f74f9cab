package org.cocreate.volunteer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A member of a volunteer team (the register's membership), with their skills. */
public record TeamMember(long memberId, long residentId, String name, String address, @Nullable String position,
        boolean leader, Set<VolunteerSkill> skills) {
}
