package org.cocreate.community;

/** A household with its full address, e.g. 百货小区 3栋 2单元 301. */
public record HouseholdEntry(long id, long compoundId, String compoundName, long buildingId, String buildingName,
        String unit, String room) {

    /** The longest unit and room (the columns' length), for the service's check and the fields. */
    public static final int UNIT_MAX = 20;
    public static final int ROOM_MAX = 20;

    public String address() {
        var text = new StringBuilder(compoundName).append(' ').append(buildingName);
        if (!unit.isEmpty()) {
            text.append(' ').append(unit);
        }
        if (!room.isEmpty()) {
            text.append(' ').append(room);
        }
        return text.toString();
    }

    static HouseholdEntry of(Household household) {
        Building building = household.getBuilding();
        Compound compound = building.getCompound();
        return new HouseholdEntry(household.id(), compound.id(), compound.getName(), building.id(),
                building.getName(), household.getUnit(), household.getRoom());
    }
}
