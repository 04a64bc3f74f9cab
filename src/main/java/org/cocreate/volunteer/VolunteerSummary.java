package org.cocreate.volunteer;

import java.util.List;
import java.util.Set;

/**
 * A volunteer's page: their teams (leading some), skills and this year's record (the activities attended with
 * their hours, the no-shows).
 */
public record VolunteerSummary(long residentId, String name, List<String> teams, List<String> leads,
        Set<VolunteerSkill> skills, ServiceRecord thisYear) {
}
