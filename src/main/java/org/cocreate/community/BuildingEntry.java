package org.cocreate.community;

public record BuildingEntry(long id, long compoundId, String compoundName, String name, long households) {
}
