package org.cocreate.points;

import static org.cocreate.points.PointsService.CHECK;

import static org.cocreate.points.PointsLimits.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.Actor;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring standards (评分标准): staff draft a new version from the current one and edit its rules; the
 * version is adopted with one call (by an ADMIN now, by a consultation meeting's vote later) and takes
 * effect on a date, superseding the previous one from that date. Exactly one version is in effect per
 * community at any date after the first adoption.
 */
@Service
public class ScoringStandardService {

    static final int USAGE_DAYS = 90;

    private final ScoringStandardRepository standards;
    private final ScoringRuleRepository rules;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ScoringStandardService(ScoringStandardRepository standards, ScoringRuleRepository rules, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.standards = standards;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of the community's standard, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public List<StandardEntry> standards(long communityId) {
        currentUser.requireAccess(communityId);
        return standards.findByCommunityIdOrderByVersionNumberDesc(communityId).stream().map(StandardEntry::of)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public List<RuleEntry> rules(long standardId) {
        ScoringStandard standard = standard(standardId);
        return rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).stream().map(RuleEntry::of).toList();
    }

    /** The version in effect on the date; empty before the community's first adopted version takes effect. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public Optional<StandardEntry> inEffect(long communityId, LocalDate date) {
        currentUser.requireAccess(communityId);
        return standards.adoptedOnOrBefore(communityId, date, PageRequest.of(0, 1)).stream().findFirst()
                .map(StandardEntry::of);
    }

    /**
     * The rules of the version in effect on the date, the ones granted most in the community in the last
     * {@value #USAGE_DAYS} days first (counted across versions of a rule), then by category and name. Empty
     * before the first version takes effect.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public List<RuleEntry> rulesInEffectByUse(long communityId, LocalDate date) {
        currentUser.requireAccess(communityId);
        Optional<ScoringStandard> standard = standards.adoptedOnOrBefore(communityId, date, PageRequest.of(0, 1))
                .stream().findFirst();
        if (standard.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> usage = new HashMap<>();
        for (ScoringRuleRepository.LineageUsage row : rules.usageByLineage(communityId,
                LocalDate.now(clock).minusDays(USAGE_DAYS).atStartOfDay())) {
            usage.put(row.getLineageId(), row.getGrants());
        }
        return rules.findByStandardIdOrderByCategoryAscIdAsc(standard.get().id()).stream()
                .sorted(Comparator.<ScoringRule>comparingLong(r -> -usage.getOrDefault(r.getLineageId(), 0L))
                        .thenComparing(r -> r.getCategory().ordinal())
                        .thenComparing(ScoringRule::getName))
                .map(RuleEntry::of).toList();
    }

    /**
     * The rule of the version in effect on the date that rewards the occasion (a proposal adopted, a meeting
     * attended), for a feature that offers the grant; empty when the standard has none for it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public Optional<RuleEntry> ruleFor(long communityId, RuleOccasion occasion, LocalDate date) {
        currentUser.requireAccess(communityId);
        return standards.adoptedOnOrBefore(communityId, date, PageRequest.of(0, 1)).stream().findFirst()
                .flatMap(standard -> rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).stream()
                        .filter(rule -> rule.getOccasion() == occasion).findFirst())
                .map(RuleEntry::of);
    }

    /** A new draft version with a copy of the rules of the latest adopted one. One draft at a time. */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public StandardEntry draft(long communityId, String title) {
        currentUser.requireAccess(communityId);
        String checkedTitle = CHECK.text("title", title, TITLE_MAX, "points.standard.title.invalid");
        if (standards.existsByCommunityIdAndStatus(communityId, StandardStatus.DRAFT)) {
            throw new PointsRefusedException(null, "points.standard.draftExists");
        }
        ScoringStandard draft = standards.save(new ScoringStandard(communityId,
                standards.maxVersionNumber(communityId) + 1, checkedTitle));
        standards.adopted(communityId).stream().findFirst().ifPresent(current ->
                rules.findByStandardIdOrderByCategoryAscIdAsc(current.id())
                        .forEach(rule -> rules.save(new ScoringRule(draft.id(), rule.toDraft(), rule.getLineageId()))));
        audit.record("STANDARD_DRAFTED", "scoring_standard", draft.id(), communityId, null, draft.auditState());
        return StandardEntry.of(draft);
    }

    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public RuleEntry addRule(long standardId, RuleDraft rule) {
        ScoringStandard standard = editableDraft(standardId);
        RuleDraft checked = checked(rule);
        requireOccasionFree(standard.id(), checked.occasion(), null);
        ScoringRule created = rules.save(new ScoringRule(standard.id(), checked));
        audit.record("STANDARD_RULE_ADDED", "scoring_rule", created.id(), standard.getCommunityId(), null,
                created.auditState());
        return RuleEntry.of(created);
    }

    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public RuleEntry updateRule(long ruleId, RuleDraft rule) {
        ScoringRule existing = rules.findById(ruleId).orElseThrow(NotFoundException::new);
        ScoringStandard standard = editableDraft(existing.getStandardId());
        String before = existing.auditState();
        RuleDraft checked = checked(rule);
        requireOccasionFree(standard.id(), checked.occasion(), existing.id());
        existing.update(checked);
        audit.record("STANDARD_RULE_UPDATED", "scoring_rule", existing.id(), standard.getCommunityId(), before,
                existing.auditState());
        return RuleEntry.of(existing);
    }

    /**
     * Adopts a draft: it takes effect on {@code effectiveFrom} and the version adopted before it is
     * superseded from that date. The one method a consultation meeting's decision will call.
     */
    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public StandardEntry adopt(long standardId, LocalDate effectiveFrom, String note) {
        ScoringStandard standard = standard(standardId);
        if (!standard.isDraft()) {
            throw new PointsRefusedException(null, "points.standard.notDraft");
        }
        if (rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).isEmpty()) {
            throw new PointsRefusedException(null, "points.standard.noRules");
        }
        CHECK.required("effectiveFrom", effectiveFrom, "points.standard.effectiveFrom.required");
        String checkedNote = CHECK.text("note", note, TEXT_MAX, "points.standard.note.invalid");
        List<ScoringStandard> adopted = standards.adopted(standard.getCommunityId());
        for (ScoringStandard previous : adopted) {
            LocalDate from = previous.getEffectiveFrom();
            if (from != null && !effectiveFrom.isAfter(from)) {
                throw new PointsRefusedException("effectiveFrom", "points.standard.effectiveTooEarly", from);
            }
        }
        standard.adopt(effectiveFrom, LocalDateTime.now(clock), checkedNote, Actor.current());
        for (ScoringStandard previous : adopted) {
            String before = previous.auditState();
            previous.supersede(effectiveFrom);
            audit.record("STANDARD_SUPERSEDED", "scoring_standard", previous.id(), previous.getCommunityId(),
                    before, previous.auditState());
        }
        audit.record("STANDARD_ADOPTED", "scoring_standard", standard.id(), standard.getCommunityId(), null,
                standard.auditState());
        return StandardEntry.of(standard);
    }

    private ScoringStandard standard(long standardId) {
        return standards.findById(standardId).filter(s -> currentUser.canAccess(s.getCommunityId()))
                .orElseThrow(NotFoundException::new);
    }

    private ScoringStandard editableDraft(long standardId) {
        ScoringStandard standard = standard(standardId);
        if (!standard.isDraft()) {
            throw new PointsRefusedException(null, "points.standard.notDraft");
        }
        return standard;
    }

    private static RuleDraft checked(RuleDraft rule) {
        RuleCategory category = CHECK.required("category", rule.category(), "points.rule.category.required");
        String name = CHECK.text("name", rule.name(), RULE_NAME_MAX, "points.rule.name.invalid");
        String description = CHECK.optionalText("description", rule.description(), TEXT_MAX, "points.text.tooLong");
        // Entered positive: the deduction box says which way they go (a negative amount would turn it round).
        CHECK.between("points", rule.points() == null ? null : rule.points().value(), 1, RULE_POINTS_MAX,
                "points.rule.points.invalid");
        CHECK.optionalBetween("dailyCap", rule.dailyCap(), 1, QUANTITY_MAX, "points.rule.cap.invalid");
        CHECK.optionalBetween("monthlyCap", rule.monthlyCap(), 1, QUANTITY_MAX, "points.rule.cap.invalid");
        return new RuleDraft(category, name, description, rule.points(), rule.perHour(), rule.dailyCap(),
                rule.monthlyCap(), rule.deduction(), rule.needsApproval(), rule.occasion());
    }

    /** One rule of a version per occasion: the feature that asks must find one rule, not choose. */
    private void requireOccasionFree(long standardId, @Nullable RuleOccasion occasion, @Nullable Long ruleId) {
        if (occasion == null) {
            return;
        }
        rules.findByStandardIdOrderByCategoryAscIdAsc(standardId).stream()
                .filter(other -> occasion == other.getOccasion() && !Long.valueOf(other.id()).equals(ruleId))
                .findFirst().ifPresent(other -> {
                    throw new PointsRefusedException("occasion", "points.rule.occasion.taken", other.getName());
                });
    }

}
