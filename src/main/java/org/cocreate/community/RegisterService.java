package org.cocreate.community;

import java.util.List;
import java.util.Objects;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of a community: compounds (with their coverage checklist), buildings and households.
 * Every method checks the role and that the data belongs to a community the user works in.
 */
@Service
public class RegisterService {

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    RegisterService(CommunityRepository communities, CompoundRepository compounds, BuildingRepository buildings,
            HouseholdRepository households, ResidentRepository residents, CurrentUser currentUser,
            AuditTrail audit) {
        this.communities = communities;
        this.compounds = compounds;
        this.buildings = buildings;
        this.households = households;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public String communityName(long communityId) {
        currentUser.requireAccess(communityId);
        return communities.findById(communityId).map(Community::getName).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public List<CompoundEntry> compounds(long communityId) {
        currentUser.requireAccess(communityId);
        return compounds.findByCommunityIdOrderByName(communityId).stream()
                .map(c -> new CompoundEntry(c.id(), c.getName(), c.getAddress(), buildings.findByCompound(c.id()).size(),
                        residents.countByCompound(c.id()), c.coverage()))
                .toList();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public long createCompound(long communityId, CompoundDraft draft) {
        currentUser.requireAccess(communityId);
        CompoundDraft checked = checked(draft);
        if (compounds.existsByCommunityIdAndName(communityId, checked.name())) {
            throw new RegisterRefusedException("name", "compound.name.taken", checked.name());
        }
        var compound = new Compound(communityId, checked.name());
        compound.rename(checked.name(), checked.address());
        compound.setCoverage(checked.coverage());
        compounds.save(compound);
        audit.record("COMPOUND_CREATED", "compound", compound.id(), communityId, null, describe(compound));
        return compound.id();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public void updateCompound(long compoundId, CompoundDraft draft) {
        Compound compound = compound(compoundId);
        CompoundDraft checked = checked(draft);
        if (!checked.name().equals(compound.getName())
                && compounds.existsByCommunityIdAndName(compound.getCommunityId(), checked.name())) {
            throw new RegisterRefusedException("name", "compound.name.taken", checked.name());
        }
        String before = describe(compound);
        compound.rename(checked.name(), checked.address());
        compound.setCoverage(checked.coverage());
        audit.record("COMPOUND_UPDATED", "compound", compound.id(), compound.getCommunityId(), before,
                describe(compound));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public List<BuildingEntry> buildings(long compoundId) {
        Compound compound = compound(compoundId);
        return buildings.findByCompound(compoundId).stream()
                .map(b -> new BuildingEntry(b.id(), compound.id(), compound.getName(), b.getName(),
                        buildings.countHouseholds(b.id())))
                .toList();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public long createBuilding(long compoundId, String name) {
        Compound compound = compound(compoundId);
        String cleanName = buildingName(name);
        if (buildings.findByCompoundAndName(compoundId, cleanName).isPresent()) {
            throw new RegisterRefusedException("name", "building.name.taken", cleanName);
        }
        var building = buildings.save(new Building(compound, cleanName));
        audit.record("BUILDING_CREATED", "building", building.id(), compound.getCommunityId(), null,
                compound.getName() + " " + cleanName);
        return building.id();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public void renameBuilding(long buildingId, String name) {
        Building building = building(buildingId);
        String cleanName = buildingName(name);
        if (!cleanName.equals(building.getName())
                && buildings.findByCompoundAndName(building.getCompound().id(), cleanName).isPresent()) {
            throw new RegisterRefusedException("name", "building.name.taken", cleanName);
        }
        String before = building.getName();
        building.rename(cleanName);
        audit.record("BUILDING_UPDATED", "building", building.id(), building.getCompound().getCommunityId(),
                before, cleanName);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public List<HouseholdEntry> households(long buildingId) {
        building(buildingId);
        return households.findByBuilding(buildingId).stream().map(HouseholdEntry::of).toList();
    }

    /** The household at an address, created when it is not registered yet (a worker at the door). */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public HouseholdEntry household(long buildingId, @Nullable String unit, @Nullable String room) {
        Building building = building(buildingId);
        String cleanUnit = Objects.requireNonNullElse(
                CHECK.optionalText("unit", unit, HouseholdEntry.UNIT_MAX, "validation.tooLong"), "");
        String cleanRoom = Objects.requireNonNullElse(
                CHECK.optionalText("room", room, HouseholdEntry.ROOM_MAX, "validation.tooLong"), "");
        Household household = households.findByAddress(buildingId, cleanUnit, cleanRoom).orElseGet(() -> {
            var created = households.save(new Household(building, cleanUnit, cleanRoom));
            audit.record("HOUSEHOLD_CREATED", "household", created.id(), building.getCompound().getCommunityId(),
                    null, HouseholdEntry.of(created).address());
            return created;
        });
        return HouseholdEntry.of(household);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public HouseholdEntry householdEntry(long householdId) {
        Household household = households.findById(householdId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(household.getBuilding().getCompound().getCommunityId())) {
            throw new NotFoundException();
        }
        return HouseholdEntry.of(household);
    }

    private Compound compound(long compoundId) {
        Compound compound = compounds.findById(compoundId).orElseThrow(NotFoundException::new);
        // Data of another community looks exactly like data that does not exist.
        if (!currentUser.canAccess(compound.getCommunityId())) {
            throw new NotFoundException();
        }
        return compound;
    }

    private Building building(long buildingId) {
        Building building = buildings.findById(buildingId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(building.getCompound().getCommunityId())) {
            throw new NotFoundException();
        }
        return building;
    }

    /** A compound as entered, checked: a name, an address that may be left out, the coverage. */
    private static CompoundDraft checked(CompoundDraft draft) {
        return new CompoundDraft(
                CHECK.text("name", draft.name(), CompoundDraft.NAME_MAX, "compound.name.invalid"),
                CHECK.optionalText("address", draft.address(), CompoundDraft.ADDRESS_MAX, "validation.tooLong"),
                draft.coverage());
    }

    private static String buildingName(@Nullable String name) {
        return CHECK.text("name", name, BuildingEntry.NAME_MAX, "building.name.invalid");
    }

    private static String describe(Compound compound) {
        return "name=" + compound.getName() + ", address=" + compound.getAddress() + ", coverage="
                + compound.coverage();
    }
}
