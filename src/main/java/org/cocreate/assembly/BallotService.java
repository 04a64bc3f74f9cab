package org.cocreate.assembly;

import static org.cocreate.assembly.AssemblyService.CHECK;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots of an owners' assembly: one per unit and item, cast on paper collected door to door and recorded by a
 * worker (with a photo of the signed paper), by the owner's phone with the unit's link, or at a meeting. A later
 * ballot replaces the earlier one until the close; the audit trail keeps every change. The unit's row is locked
 * first, so that a paper and a phone ballot for the same unit at the same moment are taken one after the other.
 */
@Service
public class BallotService {

    private final OwnersAssemblyRepository assemblies;
    private final AssemblyItemRepository items;
    private final AssemblyUnitRepository units;
    private final BallotRepository ballots;
    private final BallotPhotoRepository photos;
    private final AssemblyAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    BallotService(OwnersAssemblyRepository assemblies, AssemblyItemRepository items, AssemblyUnitRepository units,
            BallotRepository ballots, BallotPhotoRepository photos, AssemblyAccess access, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.assemblies = assemblies;
        this.items = items;
        this.units = units;
        this.ballots = ballots;
        this.photos = photos;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a paper ballot a worker collected at the door: the unit's votes on the items it answers, and the
     * photo of the signed paper (replacing an earlier one). Refused after the close, for a unit not of the
     * electorate, and item by item at {@code items.N.choice} when a vote is missing or marks too many candidates.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public void recordWritten(long assemblyId, long unitId, List<ItemVote> votes, @Nullable BallotPicture photo) {
        OwnersAssembly assembly = visible(assemblyId);
        BallotPicture checked = photo == null ? null : photo.checked();
        cast(assembly, unitId, votes, BallotWay.WRITTEN);
        if (checked != null) {
            BallotPhoto paper = photos.findByAssemblyIdAndUnitId(assemblyId, unitId)
                    .orElseGet(() -> photos.save(new BallotPhoto(assemblyId, unitId)));
            paper.replace(checked.contentType(), checked.content(), LocalDateTime.now(clock));
        }
    }

    /**
     * Records an owner's ballot at an assembly meeting: the owner checked in at the desk votes for every unit they
     * hold, all at once (one ballot per unit and item, as the count takes them). Refused as a paper is; without a
     * unit, at {@code unitId}.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public void recordAtMeeting(long assemblyId, List<Long> unitIds, List<ItemVote> votes) {
        OwnersAssembly assembly = visible(assemblyId);
        CHECK.that(!unitIds.isEmpty(), "unitId", "assembly.unit.notInElectorate");
        // In the order of their ids: two ballots of several units never each hold a unit the other waits for.
        for (long unitId : unitIds.stream().distinct().sorted().toList()) {
            cast(assembly, unitId, votes, BallotWay.MEETING);
        }
    }

    /** The photo of a unit's signed paper, if one was taken. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public Optional<BallotPicture> paper(long assemblyId, long unitId) {
        visible(assemblyId);
        return photos.findByAssemblyIdAndUnitId(assemblyId, unitId)
                .map(paper -> new BallotPicture(paper.getContentType(), paper.getContent()));
    }

    /** A unit's ballot so far (by item id), for the worker's dialog at the door. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public Map<Long, ItemVote> ballotOf(long assemblyId, long unitId) {
        visible(assemblyId);
        return votesOf(assemblyId, unitId);
    }

    /**
     * The unit's phone ballot link's key, for the worker to show as a QR code at the door or print on the
     * notice to the owner.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.STAFF)
    public String phoneToken(long assemblyId, long unitId) {
        OwnersAssembly assembly = visible(assemblyId);
        return units.findByAssemblyIdAndUnitId(assemblyId, unitId).map(AssemblyUnit::getToken)
                .orElseThrow(() -> new AssemblyRefusedException("unitId", "assembly.unit.notInElectorate"));
    }

    /** What the owner's phone shows for the unit's link; an unknown link is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.PUBLIC)
    public PhoneBallot phoneBallot(String token) {
        AssemblyUnit unit = units.findByToken(token).orElseThrow(NotFoundException::new);
        OwnersAssembly assembly = assemblies.findById(unit.getAssemblyId()).orElseThrow(NotFoundException::new);
        List<ItemEntry> own = items.findByAssemblyIdOrderByPosition(assembly.id()).stream()
                .map(AssemblyService::entry).toList();
        return new PhoneBallot(assembly.id(), assembly.getTitle(), unit.getBuildingName(), unit.getAddress(),
                unit.getArea(), own, votesOf(assembly.id(), unit.getUnitId()),
                assembly.getStatus() == AssemblyStatus.OPEN);
    }

    /** The owner votes by phone with the unit's link; as a paper ballot, a later vote replaces the earlier. */
    @Transactional
    @PreAuthorize(AssemblyRoles.PUBLIC)
    public PhoneBallot castByPhone(String token, List<ItemVote> votes) {
        AssemblyUnit unit = units.findByToken(token).orElseThrow(NotFoundException::new);
        OwnersAssembly assembly = assemblies.findById(unit.getAssemblyId()).orElseThrow(NotFoundException::new);
        cast(assembly, unit.getUnitId(), votes, BallotWay.PHONE);
        return phoneBallot(token);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private void cast(OwnersAssembly assembly, long unitId, List<ItemVote> votes, BallotWay way) {
        // The assembly shared (ballots run side by side; the close, which takes it exclusively, waits for those
        // in flight and is waited for by those after it), then the unit's row exclusively (its ballots one by one).
        OwnersAssembly current = assemblies.findShared(assembly.id()).orElseThrow(NotFoundException::new);
        units.findLocked(assembly.id(), unitId)
                .orElseThrow(() -> new AssemblyRefusedException("unitId", "assembly.unit.notInElectorate"));
        CHECK.that(current.getStatus() == AssemblyStatus.OPEN, null,
                current.getStatus() == AssemblyStatus.CLOSED ? "assembly.closed" : "assembly.notOpen");
        CHECK.that(!votes.isEmpty(), "items", "assembly.ballot.empty");
        Map<Long, AssemblyItem> own = items.findByAssemblyIdOrderByPosition(assembly.id()).stream()
                .collect(Collectors.toMap(AssemblyItem::id, Function.identity()));
        for (int i = 0; i < votes.size(); i++) {
            ItemVote vote = votes.get(i);
            AssemblyItem item = own.get(vote.itemId());
            String field = "items." + i + ".choice";
            CHECK.that(item != null, field, "assembly.ballot.item.invalid");
            if (item.isElection()) {
                int seats = java.util.Objects.requireNonNullElse(item.getSeats(), 1);
                CHECK.that(vote.marked().size() <= seats && vote.marked().stream()
                        .allMatch(position -> position >= 0 && position < item.getCandidates().size()), field,
                        "assembly.ballot.tooMany", seats);
            } else {
                CHECK.that(vote.choice() != null, field, "assembly.ballot.choice.required");
            }
        }
        Recorded now = Recorded.now(clock);
        for (ItemVote vote : votes) {
            Ballot ballot = ballots.findByItemIdAndUnitId(vote.itemId(), unitId).orElse(null);
            String before = ballot == null ? null : ballot.describe();
            if (ballot == null) {
                ballot = new Ballot(assembly.id(), vote.itemId(), unitId);
            }
            ballot.cast(vote.choice(), vote.marked(), way, now.actor(), now.at());
            ballots.save(ballot);
            String unitAndItem = "propertyUnit=" + unitId + ", item=" + vote.itemId() + ", ";
            audit.record(before == null ? "ASSEMBLY_BALLOT_RECORDED" : "ASSEMBLY_BALLOT_CHANGED", "owners_assembly",
                    assembly.id(), assembly.getCommunityId(), before == null ? null : unitAndItem + before,
                    unitAndItem + ballot.describe());
        }
        events.publishEvent(new AssemblyChanged(assembly.getCommunityId(), assembly.id()));
    }

    /** The assembly, if the user's community is its own; another community's is not found. */
    private OwnersAssembly visible(long assemblyId) {
        return access.visible(assemblyId);
    }

    private Map<Long, ItemVote> votesOf(long assemblyId, long unitId) {
        Map<Long, ItemVote> cast = new LinkedHashMap<>();
        ballots.findByAssemblyIdAndUnitId(assemblyId, unitId).forEach(ballot -> cast.put(ballot.getItemId(),
                new ItemVote(ballot.getItemId(), ballot.getChoice(), ballot.getMarked())));
        return cast;
    }
}
