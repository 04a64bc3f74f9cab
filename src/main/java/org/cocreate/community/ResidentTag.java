package org.cocreate.community;

/**
 * What the committee marks residents with, to find them for services and visits: the tags of PRODUCT.md
 * (party member, elderly, child, disabled, low-income) and the roles a resident holds (building steward,
 * committee member, volunteer).
 */
public enum ResidentTag {
    PARTY_MEMBER,
    ELDERLY,
    CHILD,
    DISABLED,
    LOW_INCOME,
    BUILDING_STEWARD,
    COMMITTEE_MEMBER,
    VOLUNTEER;

    public String translationKey() {
        return "tag." + name();
    }
}
