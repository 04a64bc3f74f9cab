package org.cocreate.community;

public enum OrganisationType {
    PARTY_BRANCH,
    OWNERS_COMMITTEE,
    PROPERTY_MANAGEMENT,
    VOLUNTEER_TEAM,
    LOCAL_INSTITUTION,
    OTHER;

    public String translationKey() {
        return "organisation.type." + name();
    }
}
