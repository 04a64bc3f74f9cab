package org.cocreate.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents: the one search field, the lists, registration and changes, and their cards. Phone numbers
 * leave this service masked unless the user is ADMIN or WORKER of the resident's community.
 */
@Service
public class ResidentService {

    public static final int SEARCH_LIMIT = 20;

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);

    private final ResidentRepository residents;
    private final ResidentSearchIndex searchIndex;
    private final HouseholdRepository households;
    private final CommunityRepository communities;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ResidentService(ResidentRepository residents, ResidentSearchIndex searchIndex, HouseholdRepository households,
            CommunityRepository communities, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.residents = residents;
        this.searchIndex = searchIndex;
        this.households = households;
        this.communities = communities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The one search field: name, pinyin (full or initials, every reading of a polyphonic character),
     * the last 4 digits of the phone, or a card code. Empty for an empty query.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public List<ResidentListEntry> search(long communityId, String query, int limit) {
        currentUser.requireAccess(communityId);
        String prefix = ResidentSearchKey.searchPrefix(query);
        if (prefix.isEmpty()) {
            return List.of();
        }
        boolean fullPhones = mayReadPhones();
        var page = PageRequest.of(0, Math.min(Math.max(limit, 1), 100));
        String beyondHead = beyondHead(prefix);
        List<Long> ids = beyondHead.isEmpty() ? residents.searchIds(communityId, prefix, page)
                : residents.searchIdsBeyondHead(communityId, ResidentSearchKey.indexedHead(prefix), beyondHead, page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Resident> found = residents.findWithPlaces(ids).stream()
                .collect(Collectors.toMap(Resident::id, r -> r));
        return ids.stream().map(found::get).map(r -> entry(r, fullPhones)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public List<ResidentListEntry> list(long communityId, @Nullable Long compoundId, String query, int offset,
            int limit) {
        currentUser.requireAccess(communityId);
        boolean fullPhones = mayReadPhones();
        int size = Math.max(limit, 1);
        String prefix = ResidentSearchKey.searchPrefix(query);
        return residents.list(communityId, compoundId, ResidentSearchKey.indexedHead(prefix),
                beyondHead(prefix), PageRequest.of(offset / size, size))
                .stream().map(r -> entry(r, fullPhones)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public long count(long communityId, @Nullable Long compoundId, String query) {
        currentUser.requireAccess(communityId);
        String prefix = ResidentSearchKey.searchPrefix(query);
        return residents.count(communityId, compoundId, ResidentSearchKey.indexedHead(prefix), beyondHead(prefix));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public ResidentListEntry get(long residentId) {
        return entry(resident(residentId), mayReadPhones());
    }

    /** The resident a card code belongs to, if the card is valid and in a community of the user. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public Optional<ResidentListEntry> findByCard(String cardCode) {
        return residents.findByCardCode(cardCode.trim().toUpperCase())
                .filter(r -> currentUser.canAccess(r.getCommunityId()))
                .map(r -> entry(r, mayReadPhones()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.STAFF)
    public ResidentDraft edit(long residentId) {
        Resident resident = resident(residentId);
        return new ResidentDraft(resident.getName(), resident.getGender(), resident.getBirthYear(),
                resident.getPhone(), resident.getHousehold().id(), resident.getNotes(), resident.getTags());
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public long register(long communityId, ResidentDraft draft) {
        currentUser.requireAccess(communityId);
        ResidentDraft checked = checked(draft);
        Household household = household(communityId, checked.householdId());
        if (residents.existsDuplicate(communityId, checked.name(), checked.phone(), household.id())) {
            throw new RegisterRefusedException("name", "resident.duplicate", checked.name());
        }
        var resident = new Resident(communityId, household, checked.name(), CardCodes.next(),
                LocalDateTime.now(clock));
        resident.update(household, checked.name(), checked.gender(), checked.birthYear(), checked.phone(),
                checked.notes(), checked.tags());
        residents.save(resident);
        searchIndex.add(resident);
        audit.record("RESIDENT_CREATED", "resident", resident.id(), communityId, null, resident.auditState());
        return resident.id();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public void update(long residentId, ResidentDraft draft) {
        Resident resident = resident(residentId);
        ResidentDraft checked = checked(draft);
        Household household = household(resident.getCommunityId(), checked.householdId());
        String before = resident.auditState();
        resident.update(household, checked.name(), checked.gender(), checked.birthYear(), checked.phone(),
                checked.notes(), checked.tags());
        searchIndex.replace(resident);
        audit.record("RESIDENT_UPDATED", "resident", resident.id(), resident.getCommunityId(), before,
                resident.auditState());
    }

    /** Prints a new card: the old card's code stops working at once. */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public ResidentCard reissueCard(long residentId) {
        Resident resident = resident(residentId);
        resident.reissueCard(CardCodes.next());
        searchIndex.replace(resident);
        audit.record("CARD_REISSUED", "resident", resident.id(), resident.getCommunityId(), null, null);
        return card(resident);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.STAFF)
    public ResidentCard card(long residentId) {
        return card(resident(residentId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ_RESIDENTS)
    public List<ResidentListEntry> householdMembers(long householdId) {
        Household household = households.findById(householdId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(household.getBuilding().getCompound().getCommunityId())) {
            throw new NotFoundException();
        }
        boolean fullPhones = mayReadPhones();
        return residents.findByHousehold(householdId).stream().map(r -> entry(r, fullPhones)).toList();
    }

    private ResidentCard card(Resident resident) {
        Household household = resident.getHousehold();
        String communityName = communities.findById(resident.getCommunityId()).map(Community::getName).orElse("");
        return new ResidentCard(resident.id(), resident.getName(), household.getBuilding().getCompound().getName(),
                household.getBuilding().getName(), communityName, resident.getCardCode());
    }

    private Resident resident(long residentId) {
        Resident resident = residents.findById(residentId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(resident.getCommunityId())) {
            throw new NotFoundException();
        }
        return resident;
    }

    private Household household(long communityId, @Nullable Long householdId) {
        if (householdId == null) {
            throw new RegisterRefusedException("householdId", "resident.household.required");
        }
        Household household = households.findById(householdId)
                .filter(h -> h.getBuilding().getCompound().getCommunityId() == communityId)
                .orElseThrow(() -> new RegisterRefusedException("householdId", "resident.household.required"));
        return household;
    }

    /**
     * A resident as entered, checked: a name, a plausible year of birth, a phone that is a phone (kept
     * normalised), notes within their column, a household chosen; the household is checked against the
     * community by {@link #household}.
     */
    private static ResidentDraft checked(ResidentDraft draft) {
        String name = CHECK.text("name", draft.name(), ResidentDraft.NAME_MAX, "resident.name.invalid");
        Integer birthYear = CHECK.optionalBetween("birthYear", draft.birthYear(), ResidentDraft.BIRTH_YEAR_MIN,
                ResidentDraft.BIRTH_YEAR_MAX, "resident.birthYear.invalid");
        String phone = checkedPhone(draft.phone());
        String notes = CHECK.optionalText("notes", draft.notes(), ResidentDraft.NOTES_MAX, "validation.tooLong");
        Long householdId = CHECK.required("householdId", draft.householdId(), "resident.household.required");
        return new ResidentDraft(name, draft.gender(), birthYear, phone, householdId, notes, draft.tags());
    }

    private static @Nullable String checkedPhone(@Nullable String phone) {
        String normalised = PhoneNumbers.normalise(phone);
        CHECK.that(normalised == null || normalised.length() <= ResidentDraft.PHONE_MAX
                && PhoneNumbers.isValid(normalised), "phone", "resident.phone.malformed");
        return normalised;
    }

    /** The check of the search key a prefix longer than the index holds needs; empty when none is needed. */
    private static String beyondHead(String prefix) {
        return ResidentSearchKey.indexedHead(prefix).equals(prefix) ? "" : "% " + prefix + "%";
    }

    private boolean mayReadPhones() {
        return currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
    }

    private static ResidentListEntry entry(Resident resident, boolean fullPhones) {
        String phone = resident.getPhone() == null ? "" : resident.getPhone();
        return new ResidentListEntry(resident.id(), resident.getName(), resident.getGender(),
                resident.getBirthYear(), HouseholdEntry.of(resident.getHousehold()),
                fullPhones ? phone : PhoneNumbers.mask(phone), resident.getTags());
    }

}
