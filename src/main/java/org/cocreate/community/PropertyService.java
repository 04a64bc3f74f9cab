package org.cocreate.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.Area;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units and owners (专有部分 and 业主): each household's dwelling with its registered exclusive floor area, the
 * owners who may vote for it in an owners' assembly (residents, or owners living elsewhere with a phone), and
 * whether the developer still holds it. Tenants are residents without a unit of their own: they have no vote.
 */
@Service
public class PropertyService {

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);
    static final Area AREA_MAX = Area.of(UnitDraft.AREA_MAX);

    private final PropertyUnitRepository units;
    private final PropertyOwnerRepository owners;
    private final HouseholdRepository households;
    private final BuildingRepository buildings;
    private final CompoundRepository compounds;
    private final PropertyOwners propertyOwners;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    @SuppressWarnings("java:S107")
    PropertyService(PropertyUnitRepository units, PropertyOwnerRepository owners, HouseholdRepository households,
            BuildingRepository buildings, CompoundRepository compounds, PropertyOwners propertyOwners,
            CurrentUser currentUser, AuditTrail audit) {
        this.units = units;
        this.owners = owners;
        this.households = households;
        this.buildings = buildings;
        this.compounds = compounds;
        this.propertyOwners = propertyOwners;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The compound's units by building and address, each with its area and owners. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public List<UnitEntry> units(long compoundId) {
        Compound compound = compounds.findById(compoundId).orElseThrow(NotFoundException::new);
        currentUser.requireAccess(compound.getCommunityId());
        return unitsOf(compoundId);
    }

    /** Registers (or corrects) a household's unit: its exclusive area in m² and whether the developer holds it. */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public UnitEntry setUnit(long householdId, UnitDraft draft) {
        Household household = households.findWithPlace(householdId).orElseThrow(NotFoundException::new);
        long communityId = household.getBuilding().getCompound().getCommunityId();
        currentUser.requireAccess(communityId);
        Area area = checkedArea(draft.area());
        PropertyUnit unit = units.findByHouseholdId(householdId).orElse(null);
        String before = unit == null ? null : "area=" + unit.getArea() + ", developerHeld=" + unit.isDeveloperHeld();
        if (unit == null) {
            unit = units.save(new PropertyUnit(communityId, householdId, area, draft.developerHeld()));
        } else {
            unit.change(area, draft.developerHeld());
        }
        audit.record("PROPERTY_UNIT_SET", "household", householdId, communityId, before,
                "area=" + area + ", developerHeld=" + draft.developerHeld());
        return entry(unit, household);
    }

    /**
     * Adds an owner to a unit: a resident of the community, or someone living elsewhere by name and phone. The
     * same resident, or the same name and phone, is the same owner across units (counted once by head).
     */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public UnitEntry addOwner(long unitId, OwnerDraft draft) {
        PropertyUnit unit = visibleUnit(unitId);
        PropertyOwner owner = propertyOwners.owner(unit.getCommunityId(), draft);
        if (unit.addOwner(owner.id())) {
            audit.record("PROPERTY_OWNER_ADDED", "household", unit.getHouseholdId(), unit.getCommunityId(), null,
                    "propertyOwner=" + owner.getName() + ", livesHere=" + (owner.getResidentId() != null));
        }
        return entry(unit, households.findWithPlace(unit.getHouseholdId()).orElseThrow());
    }

    /** Takes an owner off a unit (sold, or entered by mistake); the owner's other units keep them. */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public UnitEntry removeOwner(long unitId, long ownerId) {
        PropertyUnit unit = visibleUnit(unitId);
        PropertyOwner owner = owners.findById(ownerId).orElseThrow(NotFoundException::new);
        if (unit.removeOwner(ownerId)) {
            audit.record("PROPERTY_OWNER_REMOVED", "household", unit.getHouseholdId(), unit.getCommunityId(),
                    "propertyOwner=" + owner.getName(), null);
        }
        return entry(unit, households.findWithPlace(unit.getHouseholdId()).orElseThrow());
    }

    /** The compound's totals: units, their exclusive area, and their owners counted by head (see {@link ElectorUnit}). */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public UnitTotals totals(long compoundId) {
        Compound compound = compounds.findById(compoundId).orElseThrow(NotFoundException::new);
        currentUser.requireAccess(compound.getCommunityId());
        List<PropertyUnit> ofCompound = units.findByHouseholdIdIn(householdsOf(compoundId).stream()
                .map(Household::id).toList());
        Area area = ofCompound.stream().map(PropertyUnit::getArea).reduce(Area.ZERO, Area::plus);
        int heads = (int) ofCompound.stream().map(PropertyService::ownerKey).distinct().count();
        return new UnitTotals(ofCompound.size(), area, heads);
    }

    // ---- for the register directory (the assembly's electorate) and the import ---------------------------

    List<UnitEntry> unitsOf(long compoundId) {
        List<Household> all = householdsOf(compoundId);
        Map<Long, PropertyUnit> byHousehold = units.findByHouseholdIdIn(all.stream().map(Household::id).toList())
                .stream().collect(Collectors.toMap(PropertyUnit::getHouseholdId, Function.identity()));
        Map<Long, PropertyOwner> ownerById = owners.findAllById(byHousehold.values().stream()
                .flatMap(unit -> unit.getOwnerIds().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(PropertyOwner::id, Function.identity()));
        List<UnitEntry> entries = new ArrayList<>();
        for (Household household : all) {
            PropertyUnit unit = byHousehold.get(household.id());
            if (unit != null) {
                entries.add(entry(unit, household, ownerById));
            }
        }
        entries.sort(Comparator.comparing(UnitEntry::buildingName).thenComparing(UnitEntry::address));
        return entries;
    }

    private List<Household> householdsOf(long compoundId) {
        return buildings.findByCompound(compoundId).stream()
                .flatMap(building -> households.findByBuilding(building.id()).stream()).toList();
    }

    /** The head key of a unit (see {@link ElectorUnit}). */
    static String ownerKey(PropertyUnit unit) {
        if (unit.isDeveloperHeld()) {
            return ElectorUnit.DEVELOPER;
        }
        if (unit.getOwnerIds().isEmpty()) {
            return "unit:" + unit.id();
        }
        return unit.getOwnerIds().stream().sorted().map(id -> "owner:" + id).collect(Collectors.joining("+"));
    }

    /**
     * The floor as the room number says it: "402" is on the 4th, "1201" on the 12th, "12" on the 1st; a room
     * named otherwise ("东户", empty) has no floor ("").
     */
    static String floorOf(String room) {
        if (room.matches("[0-9]{3,5}")) {
            return String.valueOf(Integer.parseInt(room.substring(0, room.length() - 2)));
        }
        return room.matches("[0-9]{1,2}") ? "1" : "";
    }

    Area checkedArea(@Nullable Area area) {
        Area value = CHECK.required("area", area, "property.area.invalid");
        CHECK.that(value.compareTo(Area.ZERO) > 0 && value.compareTo(AREA_MAX) <= 0, "area", "property.area.invalid",
                UnitDraft.AREA_MAX);
        return value;
    }

    private PropertyUnit visibleUnit(long unitId) {
        PropertyUnit unit = units.findById(unitId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(unit.getCommunityId())) {
            throw new NotFoundException();
        }
        return unit;
    }

    private UnitEntry entry(PropertyUnit unit, Household household) {
        Map<Long, PropertyOwner> ownerById = owners.findAllById(unit.getOwnerIds()).stream()
                .collect(Collectors.toMap(PropertyOwner::id, Function.identity()));
        return entry(unit, household, ownerById);
    }

    private static UnitEntry entry(PropertyUnit unit, Household household, Map<Long, PropertyOwner> ownerById) {
        HouseholdEntry place = HouseholdEntry.of(household);
        List<OwnerEntry> unitOwners = unit.getOwnerIds().stream().sorted().map(ownerById::get)
                .filter(Objects::nonNull)
                .map(owner -> new OwnerEntry(owner.id(), owner.getResidentId(), owner.getName(),
                        PhoneNumbers.mask(owner.getPhone())))
                .toList();
        return new UnitEntry(unit.id(), household.id(), place.buildingId(), place.buildingName(), place.address(),
                floorOf(place.room()), unit.getArea(), unit.isDeveloperHeld(), unitOwners);
    }

}
