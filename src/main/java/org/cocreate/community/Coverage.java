package org.cocreate.community;

/**
 * The six things every compound should have ("全覆盖" in the seed): a row of the coverage checklist.
 * The order is the order of the checklist's columns.
 */
public enum Coverage {
    PARTY_ORGANISATION,
    OWNERS_COMMITTEE,
    PROPERTY_MANAGEMENT,
    STREET_LIGHTS,
    FITNESS_EQUIPMENT,
    RED_STATION;

    public String translationKey() {
        return "coverage." + name();
    }
}
