package org.cocreate.community;

import java.util.List;
import java.util.Set;
import org.cocreate.base.AuditTrail;
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
    public long createCompound(long communityId, String name, @Nullable String address, Set<Coverage> coverage) {
        currentUser.requireAccess(communityId);
        String cleanName = requireName(name, "name", 100);
        if (compounds.existsByCommunityIdAndName(communityId, cleanName)) {
            throw new RegisterRefusedException("name", "compound.name.taken", cleanName);
        }
        var compound = new Compound(communityId, cleanName);
        compound.rename(cleanName, blankToNull(address, "address", 200));
        compound.setCoverage(coverage);
        compounds.save(compound);
        audit.record("COMPOUND_CREATED", "compound", compound.id(), communityId, null, describe(compound));
        return compound.id();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public void updateCompound(long compoundId, String name, @Nullable String address, Set<Coverage> coverage) {
        Compound compound = compound(compoundId);
        String cleanName = requireName(name, "name", 100);
        if (!cleanName.equals(compound.getName())
                && compounds.existsByCommunityIdAndName(compound.getCommunityId(), cleanName)) {
            throw new RegisterRefusedException("name", "compound.name.taken", cleanName);
        }
        String before = describe(compound);
        compound.rename(cleanName, blankToNull(address, "address", 200));
        compound.setCoverage(coverage);
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
        String cleanName = requireName(name, "name", 50);
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
        String cleanName = requireName(name, "name", 50);
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
        String cleanUnit = unit == null ? "" : unit.trim();
        String cleanRoom = room == null ? "" : room.trim();
        if (cleanUnit.length() > 20) {
            throw new RegisterRefusedException("unit", "validation.tooLong", 20);
        }
        if (cleanRoom.length() > 20) {
            throw new RegisterRefusedException("room", "validation.tooLong", 20);
        }
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

    static String requireName(@Nullable String name, String field, int maxLength) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new RegisterRefusedException(field, "validation.required");
        }
        if (clean.length() > maxLength) {
            throw new RegisterRefusedException(field, "validation.tooLong", maxLength);
        }
        return clean;
    }

    static @Nullable String blankToNull(@Nullable String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > maxLength) {
            throw new RegisterRefusedException(field, "validation.tooLong", maxLength);
        }
        return clean;
    }

    private static String describe(Compound compound) {
        return "name=" + compound.getName() + ", address=" + compound.getAddress() + ", coverage="
                + compound.coverage();
    }
}
