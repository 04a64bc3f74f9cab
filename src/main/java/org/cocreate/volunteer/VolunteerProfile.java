package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AbstractEntity;

/** A resident as a volunteer: their skills. */
@Entity
@Table(name = "volunteer_profile")
class VolunteerProfile extends AbstractEntity {

    @Column(nullable = false)
    private long residentId;
    /** The skills, by name, comma-separated. */
    @Column(nullable = false)
    private String skills;

    protected VolunteerProfile() {
        this.skills = "";
    }

    VolunteerProfile(long residentId) {
        this.residentId = residentId;
        this.skills = "";
    }

    long getResidentId() { return residentId; }

    Set<VolunteerSkill> getSkills() {
        Set<VolunteerSkill> set = EnumSet.noneOf(VolunteerSkill.class);
        if (!skills.isEmpty()) {
            Arrays.stream(skills.split(",")).map(VolunteerSkill::valueOf).forEach(set::add);
        }
        return set;
    }

    void setSkills(Set<VolunteerSkill> chosen) {
        this.skills = chosen.stream().sorted().map(VolunteerSkill::name).collect(Collectors.joining(","));
    }
}
