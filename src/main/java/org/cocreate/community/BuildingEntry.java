package org.cocreate.community;

public record BuildingEntry(long id, long compoundId, String compoundName, String name, long households) {

    /** The longest building name (the column's length), for the service's check and the fields. */
    public static final int NAME_MAX = 50;
}
