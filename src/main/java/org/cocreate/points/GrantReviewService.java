package org.cocreate.points;

import static org.cocreate.points.PointsService.CHECK;

import static org.cocreate.points.PointsLimits.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.Actor;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.FourEyes;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of a grant from the tablet to the ledger: the approval queue (a different admin approves or
 * rejects with a reason), the public notice period (公示) with objections that an admin upholds (the grant is
 * cancelled) or dismisses (it posts), and the posting of grants whose notice ended. Approving and dismissing
 * an objection are four-eyes steps ({@link FourEyes}): never by the grant's author, nor by an account that
 * author controls or that controls the author's.
 */
@Service
public class GrantReviewService {

    private static final int NOTICE_LIMIT = 500;

    private final PointGrantRepository grants;
    private final GrantPhotoRepository photos;
    private final ScoringRuleRepository rules;
    private final RegisterDirectory register;
    private final PointsService points;
    private final PointsSettingsService settings;
    private final CurrentUser currentUser;
    private final FourEyes fourEyes;
    private final AuditTrail audit;
    private final PointsAuditStates auditStates;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    GrantReviewService(PointGrantRepository grants, GrantPhotoRepository photos, ScoringRuleRepository rules,
            RegisterDirectory register, PointsService points, PointsSettingsService settings,
            CurrentUser currentUser, FourEyes fourEyes, AuditTrail audit,
            PointsAuditStates auditStates, Clock clock) {
        this.grants = grants;
        this.photos = photos;
        this.rules = rules;
        this.register = register;
        this.points = points;
        this.settings = settings;
        this.currentUser = currentUser;
        this.fourEyes = fourEyes;
        this.audit = audit;
        this.auditStates = auditStates;
        this.clock = clock;
    }

    /** Grants waiting for an admin's approval, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.GRANT)
    public List<GrantLine> approvalQueue(long communityId) {
        currentUser.requireAccess(communityId);
        return lines(grants.findByCommunityIdAndStatusOrderByCreated_At(communityId, GrantStatus.PENDING_APPROVAL));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public long approvalCount(long communityId) {
        currentUser.requireAccess(communityId);
        return grants.countByCommunityIdAndStatus(communityId, GrantStatus.PENDING_APPROVAL);
    }

    /** Grants waiting for approval, held by an objection, and on a notice that ends today. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public ReviewCounts reviewCounts(long communityId) {
        currentUser.requireAccess(communityId);
        LocalDateTime today = LocalDate.now(clock).atStartOfDay();
        return new ReviewCounts(grants.countByCommunityIdAndStatus(communityId, GrantStatus.PENDING_APPROVAL),
                grants.countByCommunityIdAndStatus(communityId, GrantStatus.OBJECTED),
                grants.countByCommunityIdAndStatusAndNoticeUntilBetween(communityId, GrantStatus.NOTICE, today,
                        today.plusDays(1).minusNanos(1)));
    }

    /**
     * Approves a grant made by somebody independent of the approver ({@link FourEyes}). It goes on public
     * notice for the community's notice period, or posts at once when there is none.
     */
    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public GrantOutcome approve(long grantId) {
        PointGrant grant = lockedGrant(grantId);
        fourEyes.requireIndependentOf(grant.getCreatedBy());
        String actor = Actor.current();
        String before = auditStates.of(grant);
        LocalDateTime now = LocalDateTime.now(clock);
        grant.approve(actor, now);
        int noticeDays = settings.of(grant.getCommunityId()).noticeDays();
        PostedEntry entry = null;
        if (noticeDays > 0) {
            grant.putOnNotice(now.plusDays(noticeDays));
        } else {
            entry = points.postGrant(grant);
        }
        audit.record("POINTS_GRANT_APPROVED", "point_grant", grant.id(), grant.getCommunityId(), before,
                auditStates.of(grant));
        return GrantOutcome.of(grant, entry);
    }

    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public GrantOutcome reject(long grantId, String reason) {
        PointGrant grant = lockedGrant(grantId);
        String before = auditStates.of(grant);
        grant.reject(required(reason, "reason"), Actor.current(), LocalDateTime.now(clock));
        audit.record("POINTS_GRANT_REJECTED", "point_grant", grant.id(), grant.getCommunityId(), before,
                auditStates.of(grant));
        return GrantOutcome.of(grant, null);
    }

    /** Grants on public notice and those an objection holds, for staff: full names, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public List<GrantLine> notices(long communityId) {
        currentUser.requireAccess(communityId);
        return lines(grants.findByCommunityIdAndStatusInOrderByCreated_AtDesc(communityId,
                EnumSet.of(GrantStatus.NOTICE, GrantStatus.OBJECTED), PageRequest.of(0, NOTICE_LIMIT)));
    }

    /** Grants decided lately (rejected, cancelled, failed, posted), newest first, for the record. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public List<GrantLine> decided(long communityId, int limit) {
        currentUser.requireAccess(communityId);
        return lines(grants.findByCommunityIdAndStatusInOrderByCreated_AtDesc(communityId,
                EnumSet.of(GrantStatus.REJECTED, GrantStatus.CANCELLED, GrantStatus.FAILED, GrantStatus.POSTED),
                PageRequest.of(0, Math.clamp(limit, 1, NOTICE_LIMIT))));
    }

    /** The public notice board of a community: no sign-in, names masked. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.PUBLIC)
    public List<PublicNotice> publicNotices(long communityId) {
        if (!register.communityExists(communityId)) {
            throw new NotFoundException();
        }
        List<PointGrant> onNotice = grants.findByCommunityIdAndStatusInOrderByCreated_AtDesc(communityId,
                EnumSet.of(GrantStatus.NOTICE, GrantStatus.OBJECTED), PageRequest.of(0, NOTICE_LIMIT));
        Map<Long, ScoringRule> ruleById = rulesOf(onNotice);
        Map<Long, String> names = namesOf(onNotice.stream().map(PointGrant::getResidentId).toList());
        return onNotice.stream().map(g -> {
            ScoringRule rule = ruleById.get(g.getRuleId());
            return new PublicNotice(g.id(), org.cocreate.base.Names.masked(names.getOrDefault(g.getResidentId(), "")),
                    rule.getName(), rule.getCategory(), g.getQuantity(), g.getAmount(), g.getOccurredOn(),
                    java.util.Objects.requireNonNull(g.getNoticeUntil()), g.getStatus() == GrantStatus.OBJECTED);
        }).toList();
    }

    /**
     * An objection to a grant on public notice, with the reason; it holds the grant until an admin decides.
     * A supervisor objects in their own name; staff object on behalf of a resident and say whom.
     */
    @Transactional
    @PreAuthorize(PointsRoles.OBJECT)
    public GrantOutcome object(long grantId, String reason, @Nullable String onBehalfOf) {
        PointGrant grant = lockedGrant(grantId);
        String why = required(reason, "reason");
        String behalf = CHECK.optionalText("onBehalfOf", onBehalfOf, PERSON_MAX, "points.text.tooLong");
        if (behalf == null && !currentUser.has(Role.SUPERVISOR)) {
            throw new PointsRefusedException("onBehalfOf", "points.objection.onBehalfOf.required");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (grant.getStatus() == GrantStatus.NOTICE && grant.getNoticeUntil() != null
                && !now.isBefore(grant.getNoticeUntil())) {
            throw new PointsRefusedException(null, "points.objection.tooLate");
        }
        String before = auditStates.of(grant);
        grant.object(why, behalf, Actor.current(), now);
        audit.record("POINTS_GRANT_OBJECTED", "point_grant", grant.id(), grant.getCommunityId(), before,
                auditStates.of(grant) + ", objection=" + why);
        return GrantOutcome.of(grant, null);
    }

    /** The objection holds: the grant is cancelled and never posts. */
    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public GrantOutcome uphold(long grantId, String note) {
        PointGrant grant = lockedGrant(grantId);
        String before = auditStates.of(grant);
        grant.uphold(required(note, "note"), Actor.current(), LocalDateTime.now(clock));
        audit.record("POINTS_OBJECTION_UPHELD", "point_grant", grant.id(), grant.getCommunityId(), before,
                auditStates.of(grant));
        return GrantOutcome.of(grant, null);
    }

    /**
     * The objection is dismissed: the grant posts now. A four-eyes step like the approval: the grant's author
     * does not overrule an objection to their own grant.
     */
    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public GrantOutcome dismiss(long grantId, String note) {
        PointGrant grant = lockedGrant(grantId);
        fourEyes.requireIndependentOf(grant.getCreatedBy());
        String before = auditStates.of(grant);
        grant.dismiss(required(note, "note"), Actor.current(), LocalDateTime.now(clock));
        PostedEntry entry = points.postGrant(grant);
        audit.record("POINTS_OBJECTION_DISMISSED", "point_grant", grant.id(), grant.getCommunityId(), before,
                auditStates.of(grant));
        return GrantOutcome.of(grant, entry);
    }

    /** The photo taken with a grant, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public Optional<Photo> photo(long grantId) {
        PointGrant grant = grants.findById(grantId).filter(g -> currentUser.canAccess(g.getCommunityId()))
                .orElseThrow(NotFoundException::new);
        return grant.hasPhoto() ? photos.findById(grant.id()).map(GrantPhoto::toPhoto) : Optional.empty();
    }

    /** A resident's grants still on their way (waiting for approval or on notice): not spendable yet. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public List<GrantLine> openGrants(long residentId) {
        long communityId = register.communityOfResident(residentId).filter(currentUser::canAccess)
                .orElseThrow(NotFoundException::new);
        return lines(grants.findByCommunityIdAndStatusInOrderByCreated_AtDesc(communityId,
                EnumSet.of(GrantStatus.PENDING_APPROVAL, GrantStatus.NOTICE, GrantStatus.OBJECTED),
                PageRequest.of(0, NOTICE_LIMIT)).stream().filter(g -> g.getResidentId() == residentId).toList());
    }

    /** For the posting job: ids of grants whose notice ended by {@code now}, oldest first. */
    @Transactional(readOnly = true)
    List<Long> noticeEndedBy(LocalDateTime now, int limit) {
        return grants.noticeEndedBy(now, PageRequest.of(0, limit));
    }

    /**
     * For the posting job, in a transaction of its own per grant: posts the grant if it is still on notice
     * and its notice ended. Safe to run twice, and from two processes: the grant row is locked and its
     * status read again. A deduction the balance cannot bear any more is marked failed, with why.
     */
    @Transactional
    boolean postIfDue(long grantId, LocalDateTime now) {
        PointGrant grant = grants.lockById(grantId).orElseThrow(NotFoundException::new);
        if (grant.getStatus() != GrantStatus.NOTICE || grant.getNoticeUntil() == null
                || grant.getNoticeUntil().isAfter(now)) {
            return false;
        }
        String before = auditStates.of(grant);
        try {
            points.postGrant(grant);
        } catch (InsufficientPointsException tooLow) {
            grant.failed("points.insufficient", now);
            audit.record("POINTS_GRANT_FAILED", "point_grant", grant.id(), grant.getCommunityId(), before,
                    auditStates.of(grant));
            return false;
        }
        return true;
    }

    private PointGrant lockedGrant(long grantId) {
        PointGrant grant = grants.lockById(grantId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(grant.getCommunityId())) {
            throw new NotFoundException();
        }
        return grant;
    }

    private List<GrantLine> lines(List<PointGrant> found) {
        Map<Long, ScoringRule> ruleById = rulesOf(found);
        // Name, address and masked phone: a decision must not mix up two residents of one name.
        Map<Long, RegisteredResident> residents = register.residents(
                found.stream().map(PointGrant::getResidentId).toList());
        return found.stream().map(g -> {
            ScoringRule rule = ruleById.get(g.getRuleId());
            RegisteredResident who = residents.get(g.getResidentId());
            return new GrantLine(g.id(), g.getResidentId(), who == null ? "" : who.name(), who == null ? ""
                    : place(who), rule.getName(), rule.getCategory(), g.getQuantity(), rule.isPerHour(), g.getAmount(),
                    g.getOccurredOn(), g.getNote(), g.getStatus(), g.getCreatedBy(), g.getCreatedAt(),
                    g.getApprovedBy(), g.getNoticeUntil(), g.getObjectionReason(), g.getObjectedBy(),
                    g.getObjectedFor(), g.getDecisionNote(), g.getDecidedBy(), g.hasPhoto());
        }).toList();
    }

    private Map<Long, ScoringRule> rulesOf(List<PointGrant> found) {
        return rules.findByIdIn(found.stream().map(PointGrant::getRuleId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ScoringRule::id, Function.identity()));
    }

    private static String place(RegisteredResident resident) {
        String address = resident.household().address();
        return resident.maskedPhone().isEmpty() ? address : address + " \u00b7 " + resident.maskedPhone();
    }

    private Map<Long, String> namesOf(Collection<Long> residentIds) {
        return register.residentNames(residentIds);
    }

    private static String required(@Nullable String text, String field) {
        return PointsService.requiredText(text, field);
    }
}
