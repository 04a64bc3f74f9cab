package org.cocreate.volunteer;

import static org.cocreate.volunteer.RosterService.CHECK;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.points.BulkGrantCommand;
import org.cocreate.points.CapUse;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantService;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points a closed activity gives those who came, by the scoring standard's rule for taking part in a
 * volunteer activity: once per volunteer (a per-attendance rule) or per hour served (a per-hour rule), within
 * the rule's caps. The worker reviews the proposal and sends it in one all-or-none bulk grant through the
 * points feature, so that approval and the public notice apply as to any grant. Hours corrected afterwards
 * correct the grant by taking it back (a reversal, or a withdrawal before it posted) and granting anew, never
 * by an edit.
 */
@Service
public class AttendanceGrantService {

    /** Whole hours from minutes, half up: 1 h 15 is one hour, 1 h 30 two. */
    static final int HALF_HOUR = 30;

    private final ActivityRepository activities;
    private final ShiftRepository shifts;
    private final SignUpRepository signUps;
    private final ActivityGrantRepository activityGrants;
    private final RegisterDirectory register;
    private final ScoringStandardService standards;
    private final GrantService grants;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AttendanceGrantService(ActivityRepository activities, ShiftRepository shifts, SignUpRepository signUps,
            ActivityGrantRepository activityGrants, RegisterDirectory register, ScoringStandardService standards,
            GrantService grants, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.activities = activities;
        this.shifts = shifts;
        this.signUps = signUps;
        this.activityGrants = activityGrants;
        this.register = register;
        this.standards = standards;
        this.grants = grants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was sent, for the worker's notification. */
    public record Submitted(int residents, long points, long waiting) {
    }

    /**
     * Once the activity is closed: each volunteer who came, their minutes and what the rule gives them, and
     * what was granted already. Empty before the close, or when the standard has no rule for it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.STAFF)
    public GrantProposal proposal(long activityId) {
        Activity activity = visible(activityId);
        LocalDate date = grantDate(activity);
        if (activity.getStatus() != ActivityStatus.CLOSED) {
            return GrantProposal.none(date);
        }
        RuleEntry rule = rule(activity).orElse(null);
        if (rule == null) {
            return GrantProposal.none(date);
        }
        Map<Long, Served> served = served(activityId);
        Map<Long, Integer> granted = new TreeMap<>();
        activityGrants.findByActivityIdOrderById(activityId).stream().filter(g -> !g.isTakenBack())
                .forEach(g -> granted.merge(g.getResidentId(), g.getQuantity(), Integer::sum));
        Map<Long, String> names = register.residentNames(List.copyOf(served.keySet()));
        List<GrantProposal.Line> lines = new ArrayList<>();
        for (Map.Entry<Long, Served> volunteer : served.entrySet()) {
            long residentId = volunteer.getKey();
            int quantity = quantity(rule, volunteer.getValue());
            Integer already = granted.get(residentId);
            int allowed = already == null ? withinCaps(rule, residentId, date, quantity) : quantity;
            lines.add(new GrantProposal.Line(residentId, names.getOrDefault(residentId, ""),
                    volunteer.getValue().minutes(),
                    allowed, allowed * rule.content().points().value(), allowed < quantity ? quantity : null,
                    already));
        }
        lines.sort(java.util.Comparator.comparing(GrantProposal.Line::name));
        return new GrantProposal(rule, date, lines);
    }

    /**
     * Sends the proposal's grants to the chosen volunteers (of those not granted yet), all or none: a cap or
     * anything else the points feature refuses for one of them refuses the lot, naming them. Volunteers
     * granted already are left out, so a second tap sends nothing twice.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public Submitted submit(long activityId, List<Long> residentIds, @Nullable String note) {
        Activity activity = activities.findLocked(activityId).orElseThrow(NotFoundException::new);
        visible(activityId);
        CHECK.that(activity.getStatus() == ActivityStatus.CLOSED, "status", "volunteer.grant.notClosed");
        GrantProposal proposal = proposal(activityId);
        RuleEntry rule = proposal.rule();
        CHECK.that(rule != null, "rule", "volunteer.grant.noRule");
        Set<Long> chosen = Set.copyOf(residentIds);
        List<GrantProposal.Line> sending = proposal.open().stream().filter(line -> chosen.contains(line.residentId()))
                .toList();
        CHECK.that(!sending.isEmpty(), "residents", "volunteer.grant.none");
        // One bulk grant per quantity (a per-hour rule gives each their hours), all in this one transaction.
        Map<Integer, List<Long>> byQuantity = sending.stream().collect(Collectors.groupingBy(
                GrantProposal.Line::quantity, TreeMap::new,
                Collectors.mapping(GrantProposal.Line::residentId, Collectors.toList())));
        Recorded now = Recorded.now(clock);
        long points = 0;
        long waiting = 0;
        for (Map.Entry<Integer, List<Long>> group : byQuantity.entrySet()) {
            var result = grants.bulkGrant(new BulkGrantCommand(group.getValue(), Objects.requireNonNull(rule).id(),
                    group.getKey(), proposal.date(), note, null, null));
            for (GrantOutcome outcome : result.outcomes()) {
                activityGrants.save(new ActivityGrant(activityId, outcome.residentId(), outcome.grantId(),
                        outcome.quantity(), now.actor(), now.at()));
                points += outcome.amount();
                waiting += outcome.status() == GrantStatus.POSTED ? 0 : 1;
            }
        }
        audit.record("VOLUNTEER_GRANTS_SUBMITTED", "volunteer_activity", activityId, activity.getCommunityId(), null,
                "rule=" + Objects.requireNonNull(rule).id() + ", residents=" + sending.size() + ", points=" + points
                        + ", waiting=" + waiting);
        return new Submitted(sending.size(), points, waiting);
    }

    /**
     * Brings a volunteer's grant for a closed activity in line with their hours after a correction: once the
     * activity's points went out, a different quantity takes the grant back and grants anew (none for no
     * time served), with the correction's reason as the note. Before the points went out it does nothing; the
     * proposal shows the new hours.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public void regrant(long activityId, long residentId, String reason) {
        Activity activity = visible(activityId);
        if (activity.getStatus() != ActivityStatus.CLOSED
                || activityGrants.findByActivityIdOrderById(activityId).isEmpty()) {
            return;
        }
        RuleEntry rule = rule(activity).orElse(null);
        if (rule == null) {
            return;
        }
        List<ActivityGrant> current = activityGrants.findByActivityIdAndResidentIdAndTakenBackFalse(activityId,
                residentId);
        int before = current.stream().mapToInt(ActivityGrant::getQuantity).sum();
        int wanted = quantity(rule, served(activityId).getOrDefault(residentId, new Served(0, false)));
        if (wanted == before) {
            return;
        }
        for (ActivityGrant earlier : current) {
            grants.takeBack(earlier.getGrantId(), reason);
            earlier.takeBack();
        }
        LocalDate date = grantDate(activity);
        int now = wanted == 0 ? 0 : withinCaps(rule, residentId, date, wanted);
        if (now > 0) {
            GrantOutcome outcome = grants.grant(new GrantCommand(residentId, rule.id(), now, date, reason, null));
            Recorded recorded = Recorded.now(clock);
            activityGrants.save(new ActivityGrant(activityId, residentId, outcome.grantId(), now, recorded.actor(),
                    recorded.at()));
        }
        audit.record("VOLUNTEER_GRANT_CORRECTED", "volunteer_activity", activityId, activity.getCommunityId(),
                "resident=" + residentId + ", quantity=" + before, "quantity=" + now + ", reason=" + reason);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Activity visible(long activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(activity.getCommunityId())) {
            throw new NotFoundException();
        }
        return activity;
    }

    private java.util.Optional<RuleEntry> rule(Activity activity) {
        return standards.ruleFor(activity.getCommunityId(), RuleOccasion.VOLUNTEER_ATTENDANCE, grantDate(activity));
    }

    /** The activity's day; today if it was closed before its day began (a grant is never dated ahead). */
    private LocalDate grantDate(Activity activity) {
        LocalDate day = activity.getStartsAt().toLocalDate();
        LocalDate today = LocalDate.now(clock);
        return day.isAfter(today) ? today : day;
    }

    /**
     * What a volunteer gave the activity: the minutes on all their shifts, and whether they count as having
     * taken part (checked in, and not corrected to no time at all: they came but did not serve).
     */
    record Served(int minutes, boolean tookPart) {

        Served plus(Served other) {
            return new Served(minutes + other.minutes, tookPart || other.tookPart);
        }
    }

    /** Those who came, by resident. */
    private Map<Long, Served> served(long activityId) {
        List<Long> shiftIds = shifts.findByActivityIdOrderByStartsAtAscIdAsc(activityId).stream().map(Shift::id)
                .toList();
        Map<Long, Served> served = new LinkedHashMap<>();
        signUps.findByShiftIdIn(shiftIds).stream().filter(signUp -> signUp.getCheckedInAt() != null)
                .forEach(signUp -> {
                    int minutes = Objects.requireNonNullElse(signUp.getMinutesServed(), 0);
                    boolean correctedToNothing = minutes == 0 && signUp.getCorrectionReason() != null;
                    served.merge(signUp.getResidentId(), new Served(minutes, !correctedToNothing), Served::plus);
                });
        return served;
    }

    /**
     * Times or hours the rule gives: a per-hour rule the whole hours served, half up; a per-attendance rule
     * once for taking part, however short.
     */
    static int quantity(RuleEntry rule, Served served) {
        if (rule.content().perHour()) {
            return (served.minutes() + HALF_HOUR) / 60;
        }
        return served.tookPart() ? 1 : 0;
    }

    /** The quantity cut to what the rule's daily and monthly caps still allow the resident on the date. */
    private int withinCaps(RuleEntry rule, long residentId, LocalDate date, int quantity) {
        if (quantity == 0 || (rule.content().dailyCap() == null && rule.content().monthlyCap() == null)) {
            return quantity;
        }
        CapUse use = grants.capsUsed(residentId, date).get(rule.id());
        if (use == null) {
            return quantity;
        }
        long allowed = quantity;
        if (use.dailyCap() != null) {
            allowed = Math.min(allowed, use.dailyCap() - use.usedToday());
        }
        if (use.monthlyCap() != null) {
            allowed = Math.min(allowed, use.monthlyCap() - use.usedThisMonth());
        }
        return (int) Math.max(0, allowed);
    }
}
