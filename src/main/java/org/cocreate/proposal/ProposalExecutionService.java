package org.cocreate.proposal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.Money;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrying an adopted proposal out (办) and judging the result (评): the organisation that owns the work, the
 * budget in money (fen, never a double) with funding sources that add up to it, and, once it is done, the
 * residents' verdicts, each resident's once, until the evaluation closes it with the tally. Each change is a
 * line of the proposal's history and of the audit trail, and tells open screens.
 */
@Service
public class ProposalExecutionService {

    private static final Checks CHECK = ProposalService.CHECK;
    public static final int SPONSOR_MAX = 100;
    public static final int COMMENT_MAX = 500;
    /** Funding sources a budget may have: enough for every kind, not a ledger. */
    public static final int FUNDINGS_MAX = 10;
    public static final int UPDATE_MAX = 1000;

    private final ProposalRecords records;
    private final ProposalFundingRepository fundings;
    private final ProposalEvaluationRepository evaluations;
    private final ProposalUpdateRepository updates;
    private final ProposalPhotoRepository photos;
    private final RegisterDirectory register;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    @SuppressWarnings("java:S107")
    ProposalExecutionService(ProposalRecords records, ProposalFundingRepository fundings, ProposalEvaluationRepository evaluations,
            ProposalUpdateRepository updates, ProposalPhotoRepository photos, RegisterDirectory register,
            AuditTrail audit, java.time.Clock clock) {
        this.updates = updates;
        this.photos = photos;
        this.records = records;
        this.fundings = fundings;
        this.evaluations = evaluations;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Who carries the adopted proposal out and with what money: an organisation of the community, a budget,
     * and its funding sources adding up to it to the fen. Replaces what was set before; only while adopted or
     * in progress.
     */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public Execution setExecution(long proposalId, ExecutionDraft draft) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus() == ProposalStatus.ADOPTED || proposal.getStatus() == ProposalStatus.IN_PROGRESS,
                "ownerId", "proposal.execution.notAdopted");
        long owner = CHECK.required("ownerId", draft.ownerId(), "proposal.owner.required");
        CHECK.that(register.communityOfOrganisation(owner).filter(c -> c == proposal.getCommunityId()).isPresent(),
                "ownerId", "proposal.owner.notHere");
        Money budget = CHECK.required("budget", draft.budget(), "proposal.budget.invalid");
        CHECK.that(budget.compareTo(Money.MAX) <= 0, "budget", "proposal.budget.invalid");
        CHECK.that(draft.fundings().size() <= FUNDINGS_MAX, "fundings", "proposal.funding.tooMany", FUNDINGS_MAX);
        Money sum = Money.ZERO;
        for (Funding funding : draft.fundings()) {
            CHECK.required("fundings", funding.source(), "proposal.funding.source");
            Money amount = CHECK.required("fundings", funding.amount(), "proposal.funding.amount");
            CHECK.that(!amount.isZero(), "fundings", "proposal.funding.amount");
            CHECK.optionalText("fundings", funding.sponsor(), SPONSOR_MAX, "proposal.funding.sponsorTooLong");
            sum = sum.plus(amount);
        }
        CHECK.that(draft.fundings().isEmpty() || sum.equals(budget), "fundings", "proposal.funding.sum",
                budget.toString(), sum.toString());

        Recorded now = Recorded.now(clock);
        String before = describe(proposal);
        proposal.carryOut(owner, budget, now.at());
        fundings.deleteByProposalId(proposalId);
        fundings.flush();
        for (Funding funding : draft.fundings()) {
            fundings.save(new ProposalFunding(proposalId, Objects.requireNonNull(funding.source()),
                    CHECK.optionalText("fundings", funding.sponsor(), SPONSOR_MAX, "proposal.funding.sponsorTooLong"),
                    Objects.requireNonNull(funding.amount())));
        }
        String after = describe(proposal);
        record(proposal, ProposalEventKind.EXECUTION_SET, null, null, after, owner, now);
        audit.record("PROPOSAL_EXECUTION_SET", "proposal", proposalId, proposal.getCommunityId(), before, after);
        return execution(proposal);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public Execution execution(long proposalId) {
        return execution(visible(proposalId));
    }

    /** How the work goes, reported while it is carried out, with a photo if taken (sized down like the others). */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public ProgressUpdate reportProgress(long proposalId, @Nullable String text, @Nullable ProposalPicture photo) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus() == ProposalStatus.IN_PROGRESS, "text", "proposal.progress.notInProgress");
        String body = CHECK.text("text", text, UPDATE_MAX, "proposal.progress.invalid");
        ProposalPicture checked = photo == null ? null : photo.checked();
        if (checked != null) {
            CHECK.that(photos.countOf(proposalId) < ProposalLimits.PHOTOS_MAX, "photo", "proposal.photo.tooMany",
                    ProposalLimits.PHOTOS_MAX);
        }
        Recorded now = Recorded.now(clock);
        ProposalUpdate update = updates.save(new ProposalUpdate(proposalId, body, now.actor(), now.at()));
        List<Long> photoIds = List.of();
        if (checked != null) {
            var stored = new ProposalPhoto(proposalId, checked, now.actor(), now.at());
            stored.ofUpdate(update.id());
            photoIds = List.of(photos.save(stored).id());
        }
        proposal.touch(now.at());
        record(proposal, ProposalEventKind.PROGRESS_REPORTED, null, null, body, update.id(), now);
        audit.record("PROPOSAL_PROGRESS", "proposal", proposalId, proposal.getCommunityId(), null,
                "text=" + body + ", photos=" + photoIds.size());
        return update.toUpdate(photoIds);
    }

    /** The progress reports, the latest first, each with its photos. */
    @Transactional(readOnly = true)
    @PreAuthorize(ProposalRoles.READ)
    public List<ProgressUpdate> progressOf(long proposalId) {
        visible(proposalId);
        Map<Long, List<Long>> photosByUpdate = new java.util.HashMap<>();
        photos.findByProposalIdOrderById(proposalId).stream().filter(p -> p.getUpdateId() != null).forEach(p ->
                photosByUpdate.computeIfAbsent(p.getUpdateId(), k -> new java.util.ArrayList<>()).add(p.id()));
        return updates.findByProposalIdOrderByIdDesc(proposalId).stream()
                .map(u -> u.toUpdate(photosByUpdate.getOrDefault(u.id(), List.of()))).toList();
    }

    /**
     * A resident's verdict on what was done (or an unnamed one, said at a meeting), once each resident; only
     * once the proposal is done and until the evaluation is closed.
     */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public EvaluationTally evaluate(long proposalId, @Nullable Long residentId, @Nullable Verdict verdict,
            @Nullable String comment) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus() == ProposalStatus.DONE, "verdict", "proposal.evaluation.notDone");
        Verdict checked = CHECK.required("verdict", verdict, "proposal.evaluation.verdict");
        String text = CHECK.optionalText("comment", comment, COMMENT_MAX, "proposal.evaluation.commentTooLong");
        if (residentId != null) {
            CHECK.that(register.communityOfResident(residentId).filter(c -> c == proposal.getCommunityId())
                    .isPresent(), "residentId", "proposal.resident.notHere");
            CHECK.that(!evaluations.existsByProposalIdAndResidentId(proposalId, residentId), "residentId",
                    "proposal.evaluation.already");
        }
        Recorded now = Recorded.now(clock);
        evaluations.save(new ProposalEvaluation(proposalId, residentId, checked, text, now.actor(), now.at()));
        proposal.touch(now.at());
        record(proposal, ProposalEventKind.EVALUATION_RECORDED, null, null, checked.name(), residentId, now);
        audit.record("PROPOSAL_EVALUATED", "proposal", proposalId, proposal.getCommunityId(), null,
                "verdict=" + checked + (residentId == null ? "" : ", resident=" + residentId));
        return tally(proposalId);
    }

    /** Closes the evaluation: the proposal is evaluated, with the tally in its history; at least one verdict. */
    @Transactional
    @PreAuthorize(ProposalRoles.STAFF)
    public EvaluationTally closeEvaluation(long proposalId) {
        Proposal proposal = locked(proposalId);
        CHECK.that(proposal.getStatus() == ProposalStatus.DONE, "verdict", "proposal.evaluation.notDone");
        EvaluationTally tally = tally(proposalId);
        CHECK.that(tally.total() > 0, "verdict", "proposal.evaluation.none");
        Recorded now = Recorded.now(clock);
        proposal.moveTo(ProposalStatus.EVALUATED, null, now.at());
        String counted = "satisfied=" + tally.satisfied() + ", partly=" + tally.partly() + ", notSatisfied="
                + tally.notSatisfied();
        record(proposal, ProposalEventKind.STATUS_CHANGED, ProposalStatus.DONE, ProposalStatus.EVALUATED, null, null,
                now);
        audit.record("PROPOSAL_STATUS_CHANGED", "proposal", proposalId, proposal.getCommunityId(), "status=DONE",
                "status=EVALUATED, " + counted);
        return tally;
    }

    private EvaluationTally tally(long proposalId) {
        return EvaluationTally.of(evaluations.findByProposalId(proposalId));
    }

    private Execution execution(Proposal proposal) {
        Long owner = proposal.getOwnerId();
        String ownerName = owner == null ? null : register.organisationNames(proposal.getCommunityId()).get(owner);
        List<Funding> parts = fundings.findByProposalIdOrderById(proposal.id()).stream()
                .map(ProposalFunding::toFunding).toList();
        return new Execution(owner, ownerName, proposal.getBudget(), parts, proposal.getCompletedOn(),
                tally(proposal.id()));
    }

    private String describe(Proposal proposal) {
        String parts = String.join("; ", fundings.findByProposalIdOrderById(proposal.id()).stream()
                .map(ProposalFunding::toFunding)
                .map(f -> f.source() + (f.sponsor() == null ? "" : " " + f.sponsor()) + " " + f.amount()).toList());
        return "owner=" + proposal.getOwnerId() + ", budget=" + proposal.getBudget() + ", fundings=" + parts;
    }

    private void record(Proposal proposal, ProposalEventKind kind, @Nullable ProposalStatus from,
            @Nullable ProposalStatus to, @Nullable String detail, @Nullable Long otherId, Recorded now) {
        records.record(proposal, kind, from, to, detail, otherId, now);
    }

    private Proposal visible(long proposalId) {
        return records.visible(proposalId);
    }

    private Proposal locked(long proposalId) {
        return records.locked(proposalId);
    }
}
