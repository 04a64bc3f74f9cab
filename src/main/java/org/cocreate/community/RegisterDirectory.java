package org.cocreate.community;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.security.CommunityDirectory;
import org.cocreate.security.CommunityRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's read contract for the other features (points, exchange, security, and those to come):
 * typed look-ups of communities, residents and households, so that no other feature reads the register's
 * tables. It checks no role and no community: it is meant for the other features' services, which have
 * checked both before they ask (ArchitectureTest keeps views away from it). Every look-up of many is one
 * query, whatever the number asked for.
 */
@Component
public class RegisterDirectory implements CommunityDirectory {

    private final CommunityRepository communities;
    private final ResidentRepository residents;
    private final HouseholdRepository households;

    private final CompoundRepository compounds;
    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final BuildingRepository buildings;
    private final PropertyUnitRepository units;
    private final PropertyOwnerRepository owners;

    @SuppressWarnings("java:S107")
    RegisterDirectory(CommunityRepository communities, ResidentRepository residents, HouseholdRepository households,
            CompoundRepository compounds, OrganisationRepository organisations, OrganisationMemberRepository members,
            BuildingRepository buildings, PropertyUnitRepository units, PropertyOwnerRepository owners) {
        this.buildings = buildings;
        this.units = units;
        this.owners = owners;
        this.organisations = organisations;
        this.members = members;
        this.communities = communities;
        this.residents = residents;
        this.households = households;
        this.compounds = compounds;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommunityRef> all() {
        return communities.refs();
    }

    @Transactional(readOnly = true)
    public boolean communityExists(long communityId) {
        return communities.existsById(communityId);
    }

    @Transactional(readOnly = true)
    public Optional<String> communityName(long communityId) {
        return communities.findById(communityId).map(Community::getName);
    }

    @Transactional(readOnly = true)
    public Optional<Long> communityNamed(String name) {
        return communities.findByName(name).map(Community::id);
    }

    /** The community of a compound; empty for a compound that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Long> communityOfCompound(long compoundId) {
        return compounds.findById(compoundId).map(Compound::getCommunityId);
    }

    /** Compound id → name, for every compound of the community. */
    @Transactional(readOnly = true)
    public Map<Long, String> compoundNames(long communityId) {
        return compounds.findByCommunityIdOrderByName(communityId).stream()
                .collect(Collectors.toMap(Compound::id, Compound::getName));
    }

    /** The community of an organisation; empty for one that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Long> communityOfOrganisation(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getCommunityId);
    }

    /** Organisation id → name, for every organisation of the community. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames(long communityId) {
        return organisations.findByCommunityIdOrderByTypeAscNameAsc(communityId).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::getName));
    }

    /**
     * The compound's units as an owners' assembly counts them (area, and the owner each counts toward by head),
     * by building and address: the electorate the assembly fixes when its vote opens.
     */
    @Transactional(readOnly = true)
    public List<ElectorUnit> electorate(long compoundId) {
        List<Household> all = buildings.findByCompound(compoundId).stream()
                .flatMap(building -> households.findByBuilding(building.id()).stream()).toList();
        Map<Long, Household> byId = all.stream().collect(Collectors.toMap(Household::id, h -> h));
        return units.findByHouseholdIdIn(byId.keySet()).stream().map(unit -> {
            HouseholdEntry place = HouseholdEntry.of(byId.get(unit.getHouseholdId()));
            return new ElectorUnit(unit.id(), place.buildingId(), place.buildingName(),
                    PropertyService.floorOf(place.room()), place.address(), unit.getArea(),
                    PropertyService.ownerKey(unit), unit.getOwnerIds().stream().sorted().toList());
        }).sorted(java.util.Comparator.comparing(ElectorUnit::buildingName).thenComparing(ElectorUnit::address))
                .toList();
    }

    /** The owners of the property register with these ids (their {@link ElectorUnit#ownerIds()}), by id. */
    @Transactional(readOnly = true)
    public Map<Long, OwnerContact> ownerContacts(Collection<Long> ownerIds) {
        return owners.findAllById(ownerIds).stream().collect(Collectors.toMap(PropertyOwner::id,
                owner -> new OwnerContact(owner.id(), owner.getName(), owner.getPhone())));
    }

    /** Organisation id → name, for the community's organisations of one type (its volunteer teams). */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames(long communityId, OrganisationType type) {
        return organisations.findByCommunityIdOrderByTypeAscNameAsc(communityId).stream()
                .filter(organisation -> organisation.getType() == type)
                .collect(Collectors.toMap(Organisation::id, Organisation::getName));
    }

    /** The residents who are members of an organisation (a volunteer team's volunteers), in the order they joined. */
    @Transactional(readOnly = true)
    public List<Long> organisationMemberIds(long organisationId) {
        return members.findByOrganisation(organisationId).stream().map(m -> m.getResident().id()).toList();
    }

    /** The community of a resident; empty for a resident that does not exist. */
    @Transactional(readOnly = true)
    public Optional<Long> communityOfResident(long residentId) {
        return residents.communityOf(residentId);
    }

    /** Resident id → community id, for those of the residents that exist. */
    @Transactional(readOnly = true)
    public Map<Long, Long> communitiesOfResidents(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Map.of();
        }
        return residents.communitiesOf(residentIds).stream()
                .collect(Collectors.toMap(ResidentRepository.ResidentCommunity::residentId,
                        ResidentRepository.ResidentCommunity::communityId));
    }

    /** The ids of every resident of a community, in order. */
    @Transactional(readOnly = true)
    public List<Long> residentIdsOf(long communityId) {
        return residents.idsOf(communityId);
    }

    /** The residents of a community with a tag (the elderly a visit is due to), with their addresses, by id. */
    @Transactional(readOnly = true)
    public List<RegisteredResident> residentsTagged(long communityId, ResidentTag tag) {
        return residents.findTagged(communityId, tag).stream().map(RegisterDirectory::registered).toList();
    }

    /** Resident id → name, for those of the residents that exist. */
    @Transactional(readOnly = true)
    public Map<Long, String> residentNames(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Map.of();
        }
        return residents.namesOf(residentIds).stream()
                .collect(Collectors.toMap(ResidentName::id, ResidentName::name, (a, b) -> a));
    }

    /** Resident id → the resident with their household's address, for those of the residents that exist. */
    @Transactional(readOnly = true)
    public Map<Long, RegisteredResident> residents(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Map.of();
        }
        return residents.findWithPlaces(residentIds).stream().map(RegisterDirectory::registered)
                .collect(Collectors.toMap(RegisteredResident::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredResident> resident(long residentId) {
        return residents.findWithPlaces(List.of(residentId)).stream().findFirst().map(RegisterDirectory::registered);
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdPlace> household(long householdId) {
        return households.findWithPlace(householdId)
                .map(h -> new HouseholdPlace(h.getBuilding().getCompound().getCommunityId(), HouseholdEntry.of(h)));
    }

    /** The members of a household, by id. */
    @Transactional(readOnly = true)
    public List<ResidentName> householdMembers(long householdId) {
        return residents.membersOf(householdId);
    }

    private static RegisteredResident registered(Resident resident) {
        return new RegisteredResident(resident.id(), resident.getName(), resident.getCommunityId(),
                HouseholdEntry.of(resident.getHousehold()), PhoneNumbers.mask(resident.getPhone()));
    }
}
