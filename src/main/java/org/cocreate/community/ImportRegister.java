package org.cocreate.community;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The register of one community as an import reads it, once per check: compounds and buildings by the names
 * people write, households by address, residents by name and phone and by name and household. A file of
 * thousands of rows costs a handful of queries, not one per row.
 */
final class ImportRegister {

    private static final Pattern BUILDING_SUFFIX = Pattern.compile("(号楼|栋|幢|号|楼)$");

    /** A household's place: building, unit and room as written (empty when none). */
    record Address(long buildingId, String unit, String room) {
    }

    final Map<String, Compound> compounds = new HashMap<>();
    final Map<Long, Map<String, Building>> buildings = new HashMap<>();
    final Map<Address, Household> households = new HashMap<>();
    /** Resident id by name and phone, and by name and household id (see {@link #key}). */
    final Map<String, Long> residentsByPhone = new HashMap<>();
    final Map<String, Long> residentsByHousehold = new HashMap<>();

    static ImportRegister read(long communityId, CompoundRepository compounds, BuildingRepository buildings,
            ResidentImportRepository lookups) {
        var register = new ImportRegister();
        for (Compound compound : compounds.findByCommunityIdOrderByName(communityId)) {
            register.compounds.put(normalise(compound.getName()), compound);
        }
        for (Building building : buildings.findByCommunity(communityId)) {
            register.buildings.computeIfAbsent(building.getCompound().id(), id -> new HashMap<>())
                    .put(normalise(building.getName()), building);
        }
        for (Household household : lookups.householdsOf(communityId)) {
            register.households.put(
                    new Address(household.getBuilding().id(), household.getUnit(), household.getRoom()), household);
        }
        for (ResidentImportRepository.ResidentKey resident : lookups.namesPhonesAndHouseholds(communityId)) {
            if (resident.phone() != null) {
                register.residentsByPhone.put(key(resident.name(), resident.phone()), resident.id());
            }
            register.residentsByHousehold.put(key(resident.name(), resident.householdId()), resident.id());
        }
        return register;
    }

    static String key(String name, Object other) {
        return name + '\u0000' + other;
    }

    /** The compound a row names, or null with the reason added: missing, or not a compound of the community. */
    @Nullable Compound compound(String text, List<ImportMessage> reasons) {
        if (text.isEmpty()) {
            reasons.add(ImportMessage.of("import.row.compoundMissing"));
            return null;
        }
        Compound compound = compound(text);
        if (compound == null) {
            reasons.add(ImportMessage.of("import.row.unknownCompound", text));
        }
        return compound;
    }

    /** The building a row names in its compound (if that was found), or null with the reason added. */
    @Nullable Building building(@Nullable Compound compound, String text, List<ImportMessage> reasons) {
        if (text.isEmpty()) {
            reasons.add(ImportMessage.of("import.row.buildingMissing"));
            return null;
        }
        Building building = compound == null ? null : building(compound, text);
        if (compound != null && building == null) {
            reasons.add(ImportMessage.of("import.row.unknownBuilding", text, compound.getName()));
        }
        return building;
    }

    /** By name as registered; "百货" finds 百货小区. */
    @Nullable Compound compound(String text) {
        String key = normalise(text);
        Compound compound = compounds.get(key);
        return compound != null ? compound : compounds.get(key + "小区");
    }

    /** By name as registered; else "3", "3号楼" and "3幢" find 3栋 if no other building is number 3. */
    @Nullable Building building(Compound compound, String text) {
        Map<String, Building> ofCompound = buildings.getOrDefault(compound.id(), Map.of());
        String key = normalise(text);
        Building exact = ofCompound.get(key);
        if (exact != null) {
            return exact;
        }
        String core = BUILDING_SUFFIX.matcher(key).replaceFirst("");
        List<Building> sameCore = ofCompound.entrySet().stream()
                .filter(e -> BUILDING_SUFFIX.matcher(e.getKey()).replaceFirst("").equals(core))
                .map(Map.Entry::getValue).toList();
        return sameCore.size() == 1 ? sameCore.getFirst() : null;
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
