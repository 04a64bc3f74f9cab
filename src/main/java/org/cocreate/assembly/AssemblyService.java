package org.cocreate.assembly;

import org.cocreate.base.Area;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.ElectorUnit;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners' assemblies (业主大会) of a compound: prepared with their items (each one of the nine matters of article
 * 278, which fixes its thresholds), opened (the electorate is fixed: every unit of the compound with its area and
 * the owner it counts toward), and closed: each item decided by area and heads under {@link AssemblyRule},
 * a proposal it came from moved, the result public (the tallies, never a unit's vote). Ballots are
 * {@link BallotService}'s; the counts while the vote runs are {@link AssemblyCounts}'.
 */
@Service
public class AssemblyService {

    static final Checks CHECK = new Checks(AssemblyRefusedException::new);
    /** How many owners the meeting desk's search shows at most: type more to find the one further down. */
    public static final int OWNERS_FOUND = 50;
    private static final SecureRandom TOKENS = new SecureRandom();

    private final OwnersAssemblyRepository assemblies;
    private final AssemblyItemRepository items;
    private final AssemblyUnitRepository units;
    private final AssemblyCounts counts;
    private final AssemblyAccess access;
    private final RegisterDirectory register;
    private final ProposalService proposals;
    private final ProposalExecutionService executions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AssemblyService(OwnersAssemblyRepository assemblies, AssemblyItemRepository items, AssemblyUnitRepository units,
            AssemblyCounts counts, AssemblyAccess access, RegisterDirectory register, ProposalService proposals,
            ProposalExecutionService executions, CurrentUser currentUser, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.assemblies = assemblies;
        this.items = items;
        this.units = units;
        this.counts = counts;
        this.access = access;
        this.register = register;
        this.proposals = proposals;
        this.executions = executions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- preparing -----------------------------------------------------------------------------------

    /** A new assembly of a compound of the community, in preparation. */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public AssemblyEntry create(long communityId, AssemblyDraft draft) {
        currentUser.requireAccess(communityId);
        Long compoundId = CHECK.required("compoundId", draft.compoundId(), "assembly.compound.required");
        CHECK.that(register.communityOfCompound(compoundId).orElse(-1L) == communityId, "compoundId",
                "assembly.compound.required");
        String title = CHECK.text("title", draft.title(), AssemblyDraft.TITLE_MAX, "assembly.title.invalid");
        LocalDate opensOn = CHECK.required("opensOn", draft.opensOn(), "assembly.opensOn.required");
        LocalDate closesOn = CHECK.required("closesOn", draft.closesOn(), "assembly.closesOn.required");
        CHECK.that(!closesOn.isBefore(opensOn) && ChronoUnit.DAYS.between(opensOn, closesOn) < AssemblyDraft.DAYS_MAX,
                "closesOn", "assembly.closesOn.invalid", AssemblyDraft.DAYS_MAX);
        Recorded now = Recorded.now(clock);
        OwnersAssembly assembly = assemblies.save(new OwnersAssembly(communityId, compoundId, title, opensOn, closesOn,
                now.actor(), now.at()));
        audit.record("ASSEMBLY_CREATED", "owners_assembly", assembly.id(), communityId, null,
                "title=" + title + ", compound=" + compoundId + ", opensOn=" + opensOn + ", closesOn=" + closesOn);
        return entry(assembly);
    }

    /**
     * Adds an item while the assembly is in preparation: its matter is required (it fixes the thresholds); an
     * election of the owners' committee has its candidates and seats, no other matter has candidates.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public AssemblyEntry addItem(long assemblyId, ItemDraft draft) {
        OwnersAssembly assembly = lockedVisible(assemblyId);
        CHECK.that(assembly.getStatus() == AssemblyStatus.DRAFT, "matter", "assembly.notDraft");
        Matter matter = CHECK.required("matter", draft.matter(), "assembly.item.matter.required");
        String title = CHECK.text("title", draft.title(), ItemDraft.TITLE_MAX, "assembly.item.title.invalid");
        String text = CHECK.optionalText("text", draft.text(), ItemDraft.TEXT_MAX, "assembly.item.text.invalid");
        ProposalEntry proposal = draft.proposalId() == null ? null : proposalOf(assembly, draft.proposalId());
        List<String> candidates = new ArrayList<>();
        Integer seats = null;
        if (!draft.candidates().isEmpty()) {
            CHECK.that(matter == Matter.COMMITTEE, "candidates", "assembly.item.candidates.onlyCommittee");
            CHECK.that(draft.candidates().size() <= ItemDraft.CANDIDATES_MAX, "candidates",
                    "assembly.item.candidates.tooMany", ItemDraft.CANDIDATES_MAX);
            Set<String> seen = new HashSet<>();
            for (String candidate : draft.candidates()) {
                String name = CHECK.text("candidates", candidate, ItemDraft.CANDIDATE_MAX,
                        "assembly.item.candidate.invalid");
                CHECK.that(seen.add(name), "candidates", "assembly.item.candidates.twice", name);
                candidates.add(name);
            }
            seats = CHECK.between("seats", draft.seats(), 1, candidates.size(), "assembly.item.seats.invalid");
        }
        int position = (int) items.countByAssemblyId(assemblyId);
        AssemblyItem item = new AssemblyItem(assemblyId, position, new ItemDraft(matter, title, text,
                draft.proposalId(), candidates, seats));
        if (proposal != null) {
            item.fromProposal(proposal.title(), executions.execution(proposal.id()).budget());
        }
        items.save(item);
        audit.record("ASSEMBLY_ITEM_ADDED", "owners_assembly", assemblyId, assembly.getCommunityId(), null,
                "item=" + item.id() + ", matter=" + matter + ", title=" + title
                        + (candidates.isEmpty() ? "" : ", candidates=" + candidates.size() + ", seats=" + seats));
        return entry(assembly);
    }

    /**
     * Opens the vote: the electorate is fixed (every unit of the compound the register knows, with its area and
     * head key) and each unit gets its phone ballot's link. Refused without items or without units.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.ADMIN)
    public AssemblyEntry open(long assemblyId) {
        OwnersAssembly assembly = lockedVisible(assemblyId);
        CHECK.that(assembly.getStatus() == AssemblyStatus.DRAFT, "status", "assembly.notDraft");
        CHECK.that(items.countByAssemblyId(assemblyId) > 0, "status", "assembly.open.noItems");
        List<ElectorUnit> electorate = register.electorate(assembly.getCompoundId());
        CHECK.that(!electorate.isEmpty(), "status", "assembly.open.noUnits");
        for (ElectorUnit unit : electorate) {
            units.save(new AssemblyUnit(assemblyId, unit, newToken()));
        }
        // The covenant in force now is the rule to the close: a change of the covenant mid-vote changes no count.
        AssemblyRule rule = counts.covenantRule(assembly.getCompoundId());
        items.findByAssemblyIdOrderByPosition(assemblyId).forEach(item -> item.fixDecision(rule.decision(item.getMatter())));
        assembly.open(rule.participation(), LocalDateTime.now(clock));
        audit.record("ASSEMBLY_OPENED", "owners_assembly", assemblyId, assembly.getCommunityId(), "status=DRAFT",
                "status=OPEN, units=" + electorate.size() + ", area=" + electorate.stream().map(ElectorUnit::area)
                        .reduce(org.cocreate.base.Area.ZERO, org.cocreate.base.Area::plus)
                        + ", covenant=" + CovenantService.describe(rule));
        changed(assembly);
        return entry(assembly);
    }

    /**
     * Closes the vote: each item is decided by area and heads (every number kept in the result), a proposal it
     * came from is adopted or rejected with {@code note} as its official answer (required then), and the
     * result is public with the note. Ballots after the close are refused.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.ADMIN)
    public List<ItemResult> close(long assemblyId, @Nullable String note) {
        OwnersAssembly assembly = lockedVisible(assemblyId);
        CHECK.that(assembly.getStatus() == AssemblyStatus.OPEN, "status", "assembly.notOpen");
        List<AssemblyItem> own = items.findByAssemblyIdOrderByPosition(assemblyId);
        boolean answers = own.stream().anyMatch(item -> item.getProposalId() != null);
        String answer = answers ? CHECK.text("note", note, ItemDraft.TEXT_MAX, "assembly.close.noteRequired")
                : CHECK.optionalText("note", note, ItemDraft.TEXT_MAX, "assembly.close.noteRequired");
        List<ItemResult> results = counts.results(assembly, own);
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            AssemblyItem item = own.get(i);
            Outcome outcome = results.get(i).outcome();
            boolean adopted = results.get(i).election() != null
                    ? outcome.participationMet() && !results.get(i).elected().isEmpty() : outcome.adopted();
            item.decided(outcome.participationMet(), adopted);
            Long proposalId = item.getProposalId();
            if (proposalId != null) {
                moveProposal(proposalId, adopted, answer);
            }
            decided.add((item.getPosition() + 1) + ". " + (adopted ? "ADOPTED" : "REJECTED") + " "
                    + outcome.tally().forArea() + " m² / " + outcome.tally().forHeads());
        }
        assembly.close(LocalDateTime.now(clock), answer);
        audit.record("ASSEMBLY_CLOSED", "owners_assembly", assemblyId, assembly.getCommunityId(), "status=OPEN",
                "status=CLOSED, results=" + String.join("; ", decided) + (answer == null ? "" : ", note=" + answer));
        changed(assembly);
        // The counts just made, with each item now carrying its decision (no second count of the ballots).
        List<ItemResult> closed = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            closed.add(new ItemResult(entry(own.get(i)), results.get(i).outcome(), results.get(i).election()));
        }
        return closed;
    }

    // ---- reading -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<AssemblyEntry> assemblies(long communityId) {
        currentUser.requireAccess(communityId);
        return assemblies.findByCommunityIdOrderByOpensOnDescIdDesc(communityId).stream().map(this::entry).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public AssemblyEntry assembly(long assemblyId) {
        return entry(visible(assemblyId));
    }

    /**
     * The rule the assembly is counted by, with each matter's majority: fixed at the opening; in preparation, the
     * compound's covenant as it stands.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public AssemblyRule rule(long assemblyId) {
        return counts.rule(visible(assemblyId));
    }

    /** Returned ballots against the two thirds, for the compound and each building. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public Participation participation(long assemblyId) {
        return counts.participation(visible(assemblyId));
    }

    /** The units that have not returned a ballot, by building, floor and address: the round's next doors. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<UnitToVisit> toVisit(long assemblyId) {
        return counts.toVisit(visible(assemblyId));
    }

    /**
     * Every unit of the electorate in the round's order, voted or not: to record a paper again (the owner changed
     * their mind) or one that came in at the office.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<UnitToVisit> units(long assemblyId) {
        return counts.doors(visible(assemblyId), unit -> true);
    }

    /**
     * The owners of the electorate with their units, for the desk at an assembly meeting: found by name, phone or
     * room, checked in by recording their ballot for all their units at once. Co-owners of a unit are one owner
     * (their names together), as the count takes them; the developer's unsold units are one owner. At most
     * {@link #OWNERS_FOUND} answer a query; an empty query lists the first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<OwnerUnits> owners(long assemblyId, @Nullable String query) {
        OwnersAssembly assembly = visible(assemblyId);
        Set<Long> voted = counts.voted(assembly);
        java.util.Map<String, List<UnitToVisit>> byOwner = new java.util.LinkedHashMap<>();
        java.util.Map<Long, String> keys = new java.util.HashMap<>();
        units.findByAssemblyId(assemblyId).forEach(unit -> keys.put(unit.getUnitId(), unit.getOwnerKey()));
        for (UnitToVisit unit : counts.doors(assembly, unit -> true)) {
            byOwner.computeIfAbsent(keys.get(unit.unitId()), key -> new ArrayList<>()).add(unit);
        }
        Set<Long> ownerIds = new HashSet<>();
        byOwner.keySet().forEach(key -> ownerIds.addAll(ownerIdsOf(key)));
        var contacts = register.ownerContacts(ownerIds);
        List<OwnerUnits> owners = new ArrayList<>();
        byOwner.forEach((key, owned) -> {
            List<org.cocreate.community.OwnerContact> known = ownerIdsOf(key).stream().map(contacts::get)
                    .filter(Objects::nonNull).toList();
            OwnerUnits owner = new OwnerUnits(key, known.stream().map(org.cocreate.community.OwnerContact::name).toList(),
                    known.stream().map(org.cocreate.community.OwnerContact::phone).filter(Objects::nonNull).toList(),
                    ElectorUnit.DEVELOPER.equals(key), owned,
                    owned.stream().map(UnitToVisit::area).reduce(Area.ZERO, Area::plus),
                    (int) owned.stream().filter(unit -> voted.contains(unit.unitId())).count());
            if (owner.matches(query) && owners.size() < OWNERS_FOUND) {
                owners.add(owner);
            }
        });
        return owners;
    }

    /** Each item's count and decision: the result once closed, the count so far while the vote runs. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<ItemResult> results(long assemblyId) {
        OwnersAssembly assembly = visible(assemblyId);
        return counts.results(assembly, items.findByAssemblyIdOrderByPosition(assemblyId));
    }

    /** The announcements (公告) of the community's closed assemblies, newest first: tallies only. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.PUBLIC)
    public List<Announcement> announcements(long communityId) {
        CHECK.that(register.communityExists(communityId), null, "assembly.notFound");
        return assemblies.findByCommunityIdAndStatusOrderByClosedAtDesc(communityId, AssemblyStatus.CLOSED).stream()
                .map(assembly -> new Announcement(entry(assembly), Objects.requireNonNull(assembly.getClosedAt()),
                        counts.results(assembly, items.findByAssemblyIdOrderByPosition(assembly.id()))))
                .toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /**
     * The owners' decision on the proposal an item came from: an open proposal adopted or rejected; an adopted one
     * (its plan and budget put to the owners) kept if they approve, withdrawn if they do not, with the note as the
     * answer. A proposal moved otherwise while the vote ran stays as it is: the count stands, the close goes on.
     */
    private void moveProposal(long proposalId, boolean adopted, @Nullable String answer) {
        ProposalStatus now = proposals.get(proposalId).status();
        ProposalStatus decision = now == ProposalStatus.ADOPTED
                ? (adopted ? ProposalStatus.ADOPTED : ProposalStatus.WITHDRAWN)
                : (adopted ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED);
        if (decision != now && now.next().contains(decision)) {
            proposals.changeStatus(proposalId, decision, answer, true);
        }
    }

    /** The register's owners a head key names ("owner:5+owner:7" for co-owners); none for the developer's. */
    private static List<Long> ownerIdsOf(String ownerKey) {
        return java.util.Arrays.stream(ownerKey.split("\\+")).filter(part -> part.startsWith("owner:"))
                .map(part -> Long.parseLong(part.substring("owner:".length()))).toList();
    }

    /**
     * The proposal an item comes from: of the assembly's community and compound (or of none), and either still open
     * (the owners adopt or reject it) or adopted with its plan and budget (the owners approve the plan, or it is
     * withdrawn); refused at {@code proposalId} otherwise.
     */
    private ProposalEntry proposalOf(OwnersAssembly assembly, long proposalId) {
        ProposalEntry proposal;
        try {
            proposal = proposals.get(proposalId);
        } catch (NotFoundException unknown) {
            throw new AssemblyRefusedException("proposalId", "assembly.item.proposal.invalid");
        }
        CHECK.that(proposal.communityId() == assembly.getCommunityId() && (proposal.compoundId() == null
                || proposal.compoundId() == assembly.getCompoundId()), "proposalId", "assembly.item.proposal.invalid");
        CHECK.that(proposal.status().isOpen() || proposal.status() == ProposalStatus.ADOPTED, "proposalId",
                "assembly.item.proposal.decided");
        return proposal;
    }

    OwnersAssembly visible(long assemblyId) {
        return access.visible(assemblyId);
    }

    private OwnersAssembly lockedVisible(long assemblyId) {
        return access.locked(assemblyId);
    }

    /** A phone ballot's key: 120 random bits, in a link's characters. */
    static String newToken() {
        byte[] bytes = new byte[15];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    AssemblyEntry entry(OwnersAssembly assembly) {
        List<ItemEntry> own = items.findByAssemblyIdOrderByPosition(assembly.id()).stream().map(AssemblyService::entry)
                .toList();
        String compoundName = register.compoundNames(assembly.getCommunityId()).getOrDefault(assembly.getCompoundId(),
                "");
        return new AssemblyEntry(assembly.id(), assembly.getCommunityId(), assembly.getCompoundId(), compoundName,
                assembly.getTitle(), assembly.getOpensOn(), assembly.getClosesOn(), assembly.getStatus(), own,
                (int) units.countByAssemblyId(assembly.id()), assembly.getCloseNote());
    }

    static ItemEntry entry(AssemblyItem item) {
        return new ItemEntry(item.id(), item.getPosition(), item.getMatter(), item.getTitle(), item.getText(),
                item.getProposalId(), item.getProposalTitle(), item.getBudget(), item.getCandidates(), item.getSeats(), item.getParticipationMet(),
                item.getAdopted());
    }

    private void changed(OwnersAssembly assembly) {
        events.publishEvent(new AssemblyChanged(assembly.getCommunityId(), assembly.id()));
    }
}
