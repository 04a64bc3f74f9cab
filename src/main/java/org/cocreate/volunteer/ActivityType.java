package org.cocreate.volunteer;

/** What an activity is, as the seed's communities run them. */
public enum ActivityType {
    CLEAN_UP, HEALTH_CHECK, ELDERLY_VISIT, LECTURE, PATROL, CULTURE, OTHER;

    public String translationKey() {
        return "volunteer.type." + name();
    }
}
