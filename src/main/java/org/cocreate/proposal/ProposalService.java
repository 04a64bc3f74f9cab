package org.cocreate.proposal;

import static org.cocreate.proposal.ProposalLimits.ANSWER_MAX;
import static org.cocreate.proposal.ProposalLimits.BODY_MAX;
import static org.cocreate.proposal.ProposalLimits.PHOTOS_MAX;
import static org.cocreate.proposal.ProposalLimits.TITLE_MAX;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.Names;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals from intake to decision: taking one down (a resident's, or anonymous), supporters once each,
 * photos, the likely duplicates of a new one, merging the hundred suggestions of a renovation into a few,
 * and every move of its state with the official answer, published when ready. Each change writes a line of
 * the proposal's history and of the audit trail in the same transaction, and tells open boards
 * ({@link ProposalChanged}).
 */
@Service
public class ProposalService {

    static final Checks CHECK = new Checks(ProposalRefusedException::new);
    /** How alike two titles must be (shared pairs of characters) to be shown as a likely duplicate. */
    static final double LIKELY_DUPLICATE = 0.34;

    private final ProposalRepository proposals;
    private final ProposalEventRepository history;
    private final ProposalRecords records;
    private final ProposalSupporterRepository supporters;
    private final ProposalPhotoRepository photos;
    private final ProposalUpdateRepository updates;
    private final ProposalEvaluationRepository evaluations;
    private final RegisterDirectory register;
    private final CurrentUser currentUser;
    private final ScoringStandardService standards;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ProposalService(ProposalRepository proposals, ProposalEventRepository history,
            ProposalSupporterRepository supporters, ProposalPhotoRepository photos, ProposalUpdateRepository updates,
            ProposalEvaluationRepository evaluations, ProposalRecords records, RegisterDirectory register, CurrentUser currentUser,
            ScoringStandardService standards, AuditTrail audit, Clock clock) {
        this.standards = standards;
        this.evaluations = evaluations;
        this.records = records;
        this.updates = updates;
        this.proposals = proposals;
        this.history = history;
        this.supporters = supporters;
        this.photos = photos;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proposal taken down on the tablet: submitted, with the first line of its history. */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProposalEntry submit(long communityId, ProposalDraft draft) {
        currentUser.requireAccess(communityId);
        ProposalDraft checked = checked(communityId, draft);
        Recorded now = Recorded.now(clock);
        Proposal proposal = proposals.save(new Proposal(communityId, checked, now));
        record(proposal, ProposalEventKind.SUBMITTED, null, ProposalStatus.SUBMITTED, null, null, now);
        audit.record("PROPOSAL_SUBMITTED", "proposal", proposal.id(), communityId, null, describe(checked));
        return entry(proposal);
    }

    /** A resident who supports the proposal, once; not its proposer, and only while it is still discussed. */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProposalEntry addSupporter(long proposalId, long residentId) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus().isOpen(), "supporter", "proposal.supporter.closed");
        CHECK.that(register.communityOfResident(residentId).filter(c -> c == proposal.getCommunityId()).isPresent(),
                "supporter", "proposal.resident.notHere");
        CHECK.that(!Objects.equals(proposal.getProposerId(), residentId), "supporter", "proposal.supporter.proposer");
        CHECK.that(!supporters.existsById(new ProposalSupporter.Key(proposalId, residentId)), "supporter",
                "proposal.supporter.already");
        Recorded now = Recorded.now(clock);
        supporters.save(new ProposalSupporter(proposalId, residentId, now.actor(), now.at()));
        proposal.touch(now.at());
        record(proposal, ProposalEventKind.SUPPORTER_ADDED, null, null, null, residentId, now);
        audit.record("PROPOSAL_SUPPORTER_ADDED", "proposal", proposalId, proposal.getCommunityId(), null,
                "resident=" + residentId);
        return entry(proposal);
    }

    /** A photo taken on the tablet, sized down; at most {@value ProposalLimits#PHOTOS_MAX} a proposal. */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public long addPhoto(long proposalId, ProposalPicture picture) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus() != ProposalStatus.MERGED, "photo", "proposal.merged.already");
        CHECK.that(photos.countOf(proposalId) < PHOTOS_MAX, "photo", "proposal.photo.tooMany", PHOTOS_MAX);
        ProposalPicture checked = picture.checked();
        Recorded now = Recorded.now(clock);
        ProposalPhoto photo = photos.save(new ProposalPhoto(proposalId, checked, now.actor(), now.at()));
        proposal.touch(now.at());
        record(proposal, ProposalEventKind.PHOTO_ADDED, null, null, null, photo.id(), now);
        audit.record("PROPOSAL_PHOTO_ADDED", "proposal", proposalId, proposal.getCommunityId(), null,
                "type=" + checked.contentType() + ", bytes=" + checked.content().length);
        return photo.id();
    }

    /**
     * Moves the proposal on: only to a state its current one allows ({@link ProposalStatus#next}); a decision
     * (adopted, rejected, withdrawn) needs its official answer. A new answer is not public until published.
     */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProposalEntry changeStatus(long proposalId, ProposalStatus to, @Nullable String answer, boolean publish) {
        Proposal proposal = locked(proposalId);
        ProposalStatus from = proposal.getStatus();
        CHECK.that(from.next().contains(to), "status", "proposal.status.notAllowed");
        String checkedAnswer = to.needsAnswer() ? CHECK.text("answer", answer, ANSWER_MAX, "proposal.answer.invalid")
                : CHECK.optionalText("answer", answer, ANSWER_MAX, "proposal.answer.tooLong");
        Recorded now = Recorded.now(clock);
        proposal.moveTo(to, checkedAnswer, now.at());
        if (to == ProposalStatus.DONE) {
            proposal.completed(now.at().toLocalDate());
        }
        record(proposal, ProposalEventKind.STATUS_CHANGED, from, to, checkedAnswer, null, now);
        audit.record("PROPOSAL_STATUS_CHANGED", "proposal", proposalId, proposal.getCommunityId(),
                "status=" + from, "status=" + to + (checkedAnswer == null ? "" : ", answer=" + checkedAnswer));
        if (publish && checkedAnswer != null) {
            publish(proposal, now);
        }
        return entry(proposal);
    }

    /** The answer of the last decision made public: the public page shows it from now on. */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProposalEntry publishAnswer(long proposalId) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getAnswer() != null, "answer", "proposal.answer.none");
        CHECK.that(!proposal.isAnswerPublished(), "answer", "proposal.answer.published");
        publish(proposal, Recorded.now(clock));
        return entry(proposal);
    }

    /**
     * Merges a proposal into another of the same community: its supporters (and its proposer, as a supporter)
     * and photos go there, and it shows "merged into …" from now on. Into a proposal that was itself merged
     * means into the one that carries it on. Refused into itself, across communities, from a proposal no
     * longer discussed, and into one that is closed.
     */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProposalEntry merge(long proposalId, long intoId) {
        long targetId = carriedOn(intoId);
        CHECK.that(proposalId != targetId, "into", "proposal.merge.itself");
        // Both rows locked in the order of their ids, so that two merges of the same pair cannot deadlock.
        Proposal first = locked(Math.min(proposalId, targetId));
        Proposal second = locked(Math.max(proposalId, targetId));
        Proposal source = first.id() == proposalId ? first : second;
        Proposal target = first.id() == proposalId ? second : first;
        CHECK.that(source.getCommunityId() == target.getCommunityId(), "into", "proposal.merge.otherCommunity");
        CHECK.that(source.getStatus() != ProposalStatus.MERGED, "into", "proposal.merged.already");
        CHECK.that(source.getStatus().isOpen(), "into", "proposal.merge.sourceClosed");
        CHECK.that(target.getStatus().takesMerges(), "into", "proposal.merge.targetClosed");

        Recorded now = Recorded.now(clock);
        Set<Long> already = new HashSet<>(supporters.findOf(target.id()).stream().map(ProposalSupporter::residentId)
                .toList());
        if (target.getProposerId() != null) {
            already.add(target.getProposerId());
        }
        int moved = 0;
        for (ProposalSupporter supporter : supporters.findOf(source.id())) {
            if (already.add(supporter.residentId())) {
                supporters.save(new ProposalSupporter(target.id(), supporter.residentId(), now.actor(), now.at()));
                moved++;
            }
            supporters.delete(supporter);
        }
        if (source.getProposerId() != null && already.add(source.getProposerId())) {
            supporters.save(new ProposalSupporter(target.id(), source.getProposerId(), now.actor(), now.at()));
            moved++;
        }
        List<ProposalPhoto> sourcePhotos = photos.findByProposalIdOrderById(source.id());
        sourcePhotos.forEach(photo -> photo.moveTo(target.id()));

        ProposalStatus from = source.getStatus();
        source.mergeInto(target.id(), now.at());
        target.touch(now.at());
        record(source, ProposalEventKind.MERGED_INTO, from, ProposalStatus.MERGED, null, target.id(), now);
        record(target, ProposalEventKind.MERGED_FROM, null, null, source.getTitle(), source.id(), now);
        audit.record("PROPOSAL_MERGED", "proposal", source.id(), source.getCommunityId(), "status=" + from,
                "status=MERGED, into=" + target.id() + ", supporters=" + moved + ", photos=" + sourcePhotos.size());
        return entry(target);
    }

    /** The board: the community's proposals by filter, the latest changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<ProposalEntry> board(long communityId, ProposalFilter filter) {
        currentUser.requireAccess(communityId);
        String words = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<Proposal> shown = proposals.findByCommunityIdOrderByUpdatedAtDescIdDesc(communityId).stream()
                .filter(p -> filter.statuses().contains(p.getStatus()))
                .filter(p -> filter.compoundId() == null || filter.compoundId().equals(p.getCompoundId()))
                .filter(p -> filter.category() == null || filter.category() == p.getCategory())
                .filter(p -> words.isEmpty() || p.getTitle().toLowerCase(Locale.ROOT).contains(words)
                        || p.getBody().toLowerCase(Locale.ROOT).contains(words))
                .toList();
        return entries(communityId, shown);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public ProposalEntry get(long proposalId) {
        return entry(proposal(proposalId));
    }

    /** Everything that happened to the proposal, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<HistoryLine> historyOf(long proposalId) {
        proposal(proposalId);
        return history.findByProposalIdOrderByIdAsc(proposalId).stream().map(ProposalEvent::toLine).toList();
    }

    /** The supporters, in the order they joined. */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<Supporter> supportersOf(long proposalId) {
        proposal(proposalId);
        List<Long> ids = supporters.findOf(proposalId).stream().map(ProposalSupporter::residentId).toList();
        Map<Long, String> names = register.residentNames(ids);
        return ids.stream().map(id -> new Supporter(id, names.getOrDefault(id, ""))).toList();
    }

    /**
     * The grants adopting the proposal offers, with the standard's rules for them (see {@link GrantOffer});
     * only while it is adopted, the moment the committee rewards the suggestion.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.STAFF)
    public GrantOffer grantOffer(long proposalId) {
        Proposal proposal = proposal(proposalId);
        if (proposal.getStatus() != ProposalStatus.ADOPTED) {
            throw new ProposalRefusedException(null, "proposal.grant.notAdopted");
        }
        LocalDate today = LocalDate.now(clock);
        long communityId = proposal.getCommunityId();
        return new GrantOffer(proposal.getProposerId(),
                standards.ruleFor(communityId, RuleOccasion.PROPOSAL_ADOPTED, today).orElse(null),
                supporters.findOf(proposalId).stream().map(ProposalSupporter::residentId).toList(),
                standards.ruleFor(communityId, RuleOccasion.PROPOSAL_SUPPORTED, today).orElse(null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<Long> photoIds(long proposalId) {
        proposal(proposalId);
        // The proposal's own photos; those of progress reports show with their report.
        return photos.findByProposalIdOrderById(proposalId).stream().filter(p -> p.getUpdateId() == null)
                .map(ProposalPhoto::id).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public ProposalPicture photo(long photoId) {
        ProposalPhoto photo = photos.findById(photoId).orElseThrow(NotFoundException::new);
        proposal(photo.getProposalId());
        return photo.toPicture();
    }

    /**
     * The proposals still discussed that a new one probably repeats: same compound and category, and a title
     * sharing enough pairs of characters (拓宽 / 道路 in 拓宽小区道路 and 小区道路太窄); the most alike first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<ProposalEntry> likelyDuplicates(long communityId, @Nullable Long compoundId,
            ProposalCategory category, String title, @Nullable Long exceptId) {
        currentUser.requireAccess(communityId);
        Set<String> pairs = TitleSimilarity.pairs(title);
        List<Proposal> alike = proposals.findByCommunityIdOrderByUpdatedAtDescIdDesc(communityId).stream()
                .filter(p -> p.getStatus().takesMerges() && p.getCategory() == category
                        && Objects.equals(p.getCompoundId(), compoundId) && !Objects.equals(p.getId(), exceptId))
                .map(p -> Map.entry(p, TitleSimilarity.of(pairs, TitleSimilarity.pairs(p.getTitle()))))
                .filter(e -> e.getValue() >= LIKELY_DUPLICATE)
                .sorted(Map.Entry.<Proposal, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        return entries(communityId, alike);
    }

    /**
     * What the public page shows, without signing in: the proposals whose answer is published, the latest
     * changed first; the proposer's name masked, nothing of a proposal before its answer is public. Once the
     * work has begun, its latest progress report and that report's photos; once done, the verdicts counted.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.PUBLIC)
    public List<PublicProposal> publicProposals(long communityId) {
        List<Proposal> published = proposals.findByCommunityIdOrderByUpdatedAtDescIdDesc(communityId).stream()
                .filter(p -> p.isAnswerPublished() && p.getAnswer() != null).toList();
        return entries(communityId, published).stream().map(this::publicProposal).toList();
    }

    /**
     * A photo of a progress report of a proposal on the public page (the work as it goes and its result);
     * the photos residents took at intake, and anything of a proposal not public, are not found.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.PUBLIC)
    public ProposalPicture publicPhoto(long photoId) {
        ProposalPhoto photo = photos.findById(photoId).orElseThrow(NotFoundException::new);
        Proposal proposal = proposals.findById(photo.getProposalId()).orElseThrow(NotFoundException::new);
        if (photo.getUpdateId() == null || !proposal.isAnswerPublished() || !proposal.getStatus().wasCarriedOut()) {
            throw new NotFoundException();
        }
        return photo.toPicture();
    }

    private PublicProposal publicProposal(ProposalEntry p) {
        String progress = null;
        List<Long> progressPhotos = List.of();
        if (p.status().wasCarriedOut()) {
            Optional<ProposalUpdate> latest = updates.findByProposalIdOrderByIdDesc(p.id()).stream().findFirst();
            if (latest.isPresent()) {
                progress = latest.get().getBody();
                long updateId = latest.get().id();
                progressPhotos = photos.findByProposalIdOrderById(p.id()).stream()
                        .filter(photo -> Objects.equals(photo.getUpdateId(), updateId)).map(ProposalPhoto::id).toList();
            }
        }
        EvaluationTally evaluation = p.status() == ProposalStatus.DONE || p.status() == ProposalStatus.EVALUATED
                ? EvaluationTally.of(evaluations.findByProposalId(p.id())) : null;
        return new PublicProposal(p.id(), p.title(), p.proposerName() == null ? "" : Names.masked(p.proposerName()),
                p.compoundName() == null ? "" : p.compoundName(), p.category(), p.status(),
                Objects.requireNonNull(p.answer()), p.supporters(), p.updatedAt(), progress, progressPhotos,
                evaluation == null || evaluation.total() == 0 ? null : evaluation);
    }

    private ProposalDraft checked(long communityId, ProposalDraft draft) {
        ProposalCategory category = CHECK.required("category", draft.category(), "proposal.category.required");
        ProposalChannel channel = CHECK.required("channel", draft.channel(), "proposal.channel.required");
        String title = CHECK.text("title", draft.title(), TITLE_MAX, "proposal.title.invalid");
        String body = CHECK.text("body", draft.body(), BODY_MAX, "proposal.body.invalid");
        if (draft.compoundId() != null) {
            CHECK.that(register.communityOfCompound(draft.compoundId()).filter(c -> c == communityId).isPresent(),
                    "compoundId", "proposal.compound.notHere");
        }
        if (draft.proposerId() != null) {
            CHECK.that(register.communityOfResident(draft.proposerId()).filter(c -> c == communityId).isPresent(),
                    "proposerId", "proposal.resident.notHere");
        }
        return new ProposalDraft(draft.compoundId(), category, channel, title, body, draft.proposerId());
    }

    private void publish(Proposal proposal, Recorded now) {
        proposal.publishAnswer(now.at());
        record(proposal, ProposalEventKind.ANSWER_PUBLISHED, null, null, proposal.getAnswer(), null, now);
        audit.record("PROPOSAL_ANSWER_PUBLISHED", "proposal", proposal.id(), proposal.getCommunityId(), null,
                "answer=" + proposal.getAnswer());
    }

    private void record(Proposal proposal, ProposalEventKind kind, @Nullable ProposalStatus from,
            @Nullable ProposalStatus to, @Nullable String detail, @Nullable Long otherId, Recorded now) {
        records.record(proposal, kind, from, to, detail, otherId, now);
    }

    private Proposal proposal(long proposalId) {
        return records.visible(proposalId);
    }

    private Proposal locked(long proposalId) {
        return records.locked(proposalId);
    }

    /** The id of the proposal that carries this one on: itself, or the end of its chain of merges. */
    private long carriedOn(long proposalId) {
        long current = proposalId;
        for (int hops = 0; hops < 100; hops++) {
            Optional<Long> next = proposals.mergedIntoOf(current);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    private ProposalEntry entry(Proposal proposal) {
        return entries(proposal.getCommunityId(), List.of(proposal)).getFirst();
    }

    /** The entries of proposals of one community, with names and counts in one query each. */
    private List<ProposalEntry> entries(long communityId, List<Proposal> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, String> compounds = register.compoundNames(communityId);
        Set<Long> proposerIds = shown.stream().map(Proposal::getProposerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = register.residentNames(proposerIds);
        Collection<Long> ids = shown.stream().map(Proposal::id).toList();
        Map<Long, Long> counts = supporters.countsOf(ids).stream().collect(Collectors.toMap(
                ProposalSupporterRepository.SupporterCount::getProposalId,
                ProposalSupporterRepository.SupporterCount::getSupporters));
        Function<Proposal, ProposalEntry> toEntry = p -> new ProposalEntry(p.id(), p.getCommunityId(),
                p.getCompoundId(), p.getCompoundId() == null ? null : compounds.get(p.getCompoundId()),
                p.getCategory(), p.getChannel(), p.getTitle(), p.getBody(), p.getProposerId(),
                p.getProposerId() == null ? null : names.get(p.getProposerId()), p.getStatus(), p.getMergedIntoId(),
                p.getAnswer(), p.isAnswerPublished(), counts.getOrDefault(p.id(), 0L).intValue(),
                p.getRecorded().at(), p.getUpdatedAt());
        return shown.stream().map(toEntry).toList();
    }

    private static String describe(ProposalDraft draft) {
        return "title=" + draft.title() + ", category=" + draft.category() + ", channel=" + draft.channel()
                + ", compound=" + draft.compoundId() + ", resident=" + draft.proposerId();
    }
}
