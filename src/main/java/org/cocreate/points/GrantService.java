package org.cocreate.points;

import static org.cocreate.points.PointsService.CHECK;

import static org.cocreate.points.PointsLimits.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.Recorded;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording grants: a worker's grant (or deduction) under a rule of the standard in effect, checked against
 * the rule's caps and the balance, then posted at once through {@link PointsService} or left waiting for
 * approval or public notice (see {@link GrantReviewService}). Bulk grants are recorded all or none. The
 * resident's account is locked (by {@link PointsService}) before anything is decided on it.
 */
@Service
public class GrantService {


    private final PointsService points;
    private final RegisterDirectory register;
    private final LedgerEntryRepository entries;
    private final ScoringRuleRepository rules;
    private final ScoringStandardRepository standards;
    private final PointGrantRepository grants;
    private final GrantPhotoRepository photos;
    private final PointsSettingsService settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final PointsAuditStates auditStates;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    GrantService(PointsService points, RegisterDirectory register, LedgerEntryRepository entries,
            ScoringRuleRepository rules, ScoringStandardRepository standards, PointGrantRepository grants,
            GrantPhotoRepository photos, PointsSettingsService settings, CurrentUser currentUser, AuditTrail audit,
            PointsAuditStates auditStates,
            Clock clock) {
        this.points = points;
        this.register = register;
        this.entries = entries;
        this.rules = rules;
        this.standards = standards;
        this.grants = grants;
        this.photos = photos;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.auditStates = auditStates;
        this.clock = clock;
    }

    /**
     * Records a grant (a deduction, for a deduction rule) under a rule of the standard in effect for the
     * resident's community on the grant date. It posts to the ledger at once unless it needs an admin's
     * approval (above the community's threshold, a deduction, or a rule that always asks) or the community
     * has a public notice period; then it waits, and counts against the caps meanwhile. With an
     * idempotency key already recorded, returns that grant as it is now and records nothing.
     */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public GrantOutcome grant(GrantCommand command) {
        long communityId = points.communityOf(command.residentId());
        String key = PointsService.checkedKey(command.idempotencyKey());
        if (key != null) {
            Optional<GrantOutcome> earlier = earlierGrant(key, command.residentId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ValidGrant valid = validated(communityId, command.ruleId(), command.quantity(), command.date(),
                command.note(), command.photo());
        PointAccount account = points.lockedAccount(command.residentId(), communityId);
        if (key != null) {
            // Read again under the lock: a concurrent call with the same key has committed by now.
            Optional<GrantOutcome> earlier = earlierGrant(key, command.residentId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return record(account, valid, key, settings.of(communityId));
    }

    /**
     * The same grant to many residents of one community in one transaction: if any of them is refused (a
     * cap, a balance too low for a deduction), nobody gets anything and the refusal names the resident.
     */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public BulkGrantResult bulkGrant(BulkGrantCommand command) {
        List<Long> residentIds = command.residentIds().stream().distinct().sorted().toList();
        if (residentIds.isEmpty() || residentIds.size() > BulkGrantCommand.MAX_RESIDENTS) {
            throw new PointsRefusedException("residents", "points.bulk.size", BulkGrantCommand.MAX_RESIDENTS);
        }
        String batchKey = PointsService.checkedKey(command.idempotencyKey());
        if (batchKey != null && batchKey.length() > 60) {
            throw new PointsRefusedException(null, "points.idempotency.tooLong");
        }
        long communityId = points.communityOf(residentIds.getFirst());
        // One query for all: every resident must be of the community (and visible to the user).
        Map<Long, Long> communities = register.communitiesOfResidents(residentIds);
        for (long residentId : residentIds) {
            Long community = communities.get(residentId);
            if (community == null || !currentUser.canAccess(community)) {
                throw new NotFoundException();
            }
            if (community != communityId) {
                throw new PointsRefusedException("residents", "points.bulk.oneCommunity");
            }
        }
        ValidGrant valid = validated(communityId, command.ruleId(), command.quantity(), command.date(),
                command.note(), command.photo());
        CommunityPointsSettings communitySettings = settings.of(communityId);
        // A batch is recorded all or none, so its first key tells whether it was recorded already.
        Optional<BulkGrantResult> earlier = earlierBatch(batchKey, residentIds);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<GrantOutcome> outcomes = new ArrayList<>();
        // Accounts are locked in the order of their residents' ids, so two bulk grants never deadlock.
        for (long residentId : residentIds) {
            PointAccount account = points.lockedAccount(residentId, communityId);
            if (outcomes.isEmpty()) {
                // Again under the first lock: the same batch sent twice at once waits here for the first.
                earlier = earlierBatch(batchKey, residentIds);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            String key = batchKey == null ? null : batchKey + "/" + residentId;
            try {
                outcomes.add(record(account, valid.forResident(residentId), key, communitySettings));
            } catch (PointsRefusedException refused) {
                String name = register.residentNames(List.of(residentId)).getOrDefault(residentId, "#" + residentId);
                throw new BulkGrantRefusedException(name, refused);
            }
        }
        return new BulkGrantResult(outcomes);
    }

    /**
     * Takes a grant back, never by editing it: a posted grant by a reversal in the ledger (the entry stays,
     * with its reversal beside it), a grant still on its way by withdrawing it (it never posts; the reason is
     * kept). A grant already rejected, cancelled or failed is left as it is. For a feature whose facts changed
     * after it offered the grant (a volunteer's hours corrected after the activity's points went out).
     */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public GrantStatus takeBack(long grantId, String reason) {
        PointGrant grant = grants.lockById(grantId).filter(g -> currentUser.canAccess(g.getCommunityId()))
                .orElseThrow(NotFoundException::new);
        String why = PointsService.requiredText(reason, "reason");
        if (grant.getStatus() == GrantStatus.POSTED) {
            points.reverse(java.util.Objects.requireNonNull(grant.getPostedEntryId()), why);
        } else if (grant.getStatus().isOpen()) {
            String before = auditStates.of(grant);
            grant.withdraw(why, org.cocreate.base.Actor.current(), LocalDateTime.now(clock));
            audit.record("POINTS_GRANT_WITHDRAWN", "point_grant", grant.id(), grant.getCommunityId(), before,
                    auditStates.of(grant));
        }
        return grant.getStatus();
    }

    private Optional<BulkGrantResult> earlierBatch(@Nullable String batchKey, List<Long> residentIds) {
        if (batchKey == null || earlierGrant(batchKey + "/" + residentIds.getFirst(), residentIds.getFirst()).isEmpty()) {
            return Optional.empty();
        }
        List<GrantOutcome> outcomes = new ArrayList<>();
        for (long residentId : residentIds) {
            earlierGrant(batchKey + "/" + residentId, residentId).ifPresent(outcomes::add);
        }
        return Optional.of(new BulkGrantResult(outcomes));
    }

    /** A grant checked against everything that does not depend on the resident's account. */
    private record ValidGrant(long residentId, ScoringRule rule, ScoringStandard standard, int quantity,
            LocalDate date, @Nullable String note, @Nullable Photo photo) {

        ValidGrant forResident(long residentId) {
            return new ValidGrant(residentId, rule, standard, quantity, date, note, photo);
        }
    }

    private ValidGrant validated(long communityId, long ruleId, int quantity, LocalDate date,
            @Nullable String text, @Nullable Photo photo) {
        CHECK.between("quantity", quantity, 1, QUANTITY_MAX, "points.quantity.invalid");
        CHECK.required("date", date, "points.date.required");
        if (date.isAfter(LocalDate.now(clock))) {
            throw new PointsRefusedException("date", "points.date.future");
        }
        String note = PointsService.checkedText(text, "note");
        Photo checkedPhoto = photo == null ? null : photo.checked();
        ScoringRule rule = rules.findById(ruleId).orElseThrow(NotFoundException::new);
        ScoringStandard standard = inEffect(communityId, date)
                .filter(s -> s.id() == rule.getStandardId())
                .orElseThrow(() -> new PointsRefusedException("rule", "points.rule.notInEffect", rule.getName(),
                        date));
        return new ValidGrant(-1, rule, standard, quantity, date, note, checkedPhoto);
    }

    /** Records the grant on the locked account: posts it, or leaves it waiting for approval or notice. */
    private GrantOutcome record(PointAccount account, ValidGrant valid, @Nullable String key,
            CommunityPointsSettings communitySettings) {
        ScoringRule rule = valid.rule();
        checkCaps(account, rule, valid.quantity(), valid.date());
        long amount = Math.multiplyExact(rule.getPoints().value(), valid.quantity());
        if (rule.isDeduction()) {
            amount = -amount;
            if (account.getBalance().value() < -amount) {
                // Said now rather than at approval: the balance would go below zero.
                throw new InsufficientPointsException(account.getBalance(), Points.of(-amount));
            }
        }
        PointGrant grant = saveGrant(new PointGrant(account.getCommunityId(), account.getResidentId(), rule,
                valid.quantity(), amount, valid.date(), valid.note(), key, valid.photo() != null, Recorded.now(clock)));
        if (valid.photo() != null) {
            photos.save(new GrantPhoto(grant.id(), valid.photo()));
        }
        boolean needsApproval = rule.isDeduction() || rule.isNeedsApproval()
                || Math.abs(amount) > communitySettings.approvalThreshold();
        if (needsApproval) {
            audit.record("POINTS_GRANT_SUBMITTED", "point_grant", grant.id(), grant.getCommunityId(), null,
                    auditStates.of(grant));
            return GrantOutcome.of(grant, null);
        }
        if (communitySettings.noticeDays() > 0) {
            grant.putOnNotice(LocalDateTime.now(clock).plusDays(communitySettings.noticeDays()));
            audit.record("POINTS_GRANT_ON_NOTICE", "point_grant", grant.id(), grant.getCommunityId(), null,
                    auditStates.of(grant));
            return GrantOutcome.of(grant, null);
        }
        return GrantOutcome.of(grant, points.postGrant(grant, account));
    }

    private PointGrant saveGrant(PointGrant grant) {
        try {
            return grants.save(grant);
        } catch (DataIntegrityViolationException e) {
            if (grant.getIdempotencyKey() != null) {
                throw new PointsRefusedException(null, "points.idempotency.conflict");
            }
            throw e;
        }
    }

    /**
     * How much of each capped rule of the standard in effect on the date the resident has used that day and
     * in that month, by rule id: the grant screen marks a rule whose cap is reached before it is tapped.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.GRANT)
    public Map<Long, CapUse> capsUsed(long residentId, LocalDate date) {
        long communityId = points.communityOf(residentId);
        CHECK.required("date", date, "points.date.required");
        Optional<ScoringStandard> standard = inEffect(communityId, date);
        if (standard.isEmpty()) {
            return Map.of();
        }
        Long accountId = points.accountIdOf(residentId).orElse(null);
        LocalDate first = date.withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        Map<Long, CapUse> used = new java.util.LinkedHashMap<>();
        for (ScoringRule rule : rules.findByStandardIdOrderByCategoryAscIdAsc(standard.get().id())) {
            if (rule.getDailyCap() != null || rule.getMonthlyCap() != null) {
                used.put(rule.id(), new CapUse(rule.id(), rule.getDailyCap(),
                        rule.getDailyCap() == null ? 0 : used(residentId, accountId, rule, date, date),
                        rule.getMonthlyCap(),
                        rule.getMonthlyCap() == null ? 0 : used(residentId, accountId, rule, first, last)));
            }
        }
        return used;
    }

    private Optional<ScoringStandard> inEffect(long communityId, LocalDate date) {
        return standards.adoptedOnOrBefore(communityId, date, org.springframework.data.domain.PageRequest.of(0, 1))
                .stream().findFirst();
    }

    /** Caps count what posted and what is still on its way, under every version of the rule. */
    private void checkCaps(PointAccount account, ScoringRule rule, int quantity, LocalDate date) {
        if (rule.getDailyCap() != null) {
            long used = used(account.getResidentId(), account.id(), rule, date, date);
            if (used + quantity > rule.getDailyCap()) {
                throw new CapReachedException("points.cap.daily", rule.getName(), rule.getDailyCap(), used);
            }
        }
        if (rule.getMonthlyCap() != null) {
            LocalDate first = date.withDayOfMonth(1);
            long used = used(account.getResidentId(), account.id(), rule, first, first.plusMonths(1).minusDays(1));
            if (used + quantity > rule.getMonthlyCap()) {
                throw new CapReachedException("points.cap.monthly", rule.getName(), rule.getMonthlyCap(), used);
            }
        }
    }

    private long used(long residentId, @Nullable Long accountId, ScoringRule rule, LocalDate from, LocalDate to) {
        return (accountId == null ? 0 : entries.quantityUnderLineage(accountId, rule.getLineageId(), from, to))
                + grants.openQuantity(residentId, rule.getLineageId(), from, to);
    }

    private Optional<GrantOutcome> earlierGrant(String key, long residentId) {
        return grants.findByIdempotencyKey(key).map(grant -> {
            if (grant.getResidentId() != residentId) {
                throw new PointsRefusedException(null, "points.idempotency.conflict");
            }
            PostedEntry entry = grant.getPostedEntryId() == null ? null
                    : entries.findById(grant.getPostedEntryId()).map(e -> PointsService.posted(e, residentId))
                            .orElse(null);
            return GrantOutcome.of(grant, entry);
        });
    }
}
