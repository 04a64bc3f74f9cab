package org.cocreate.volunteer;

/**
 * What a volunteer can do for the community, as the seed's teams are made up: doctors and nurses for the free
 * health checks, teachers, retired cadres and party members, electricians and plumbers for the home visits (双阳).
 */
public enum VolunteerSkill {
    DOCTOR, NURSE, TEACHER, RETIRED_CADRE, PARTY_MEMBER, ELECTRICIAN, PLUMBER, LAWYER, SOCIAL_WORKER, DRIVER;

    public String translationKey() {
        return "volunteer.skill." + name();
    }
}
