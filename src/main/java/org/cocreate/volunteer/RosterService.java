package org.cocreate.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer activities and their rosters: an activity with its shifts, residents signed up by a worker (a
 * waiting list once a shift is full, moved up by itself when someone cancels), and the event itself: check-in
 * and check-out on the worker's tablet, walk-ins, an undo for a mistaken tap, and the minutes served. Every
 * change is in the audit trail and tells the tablets at the event ({@link VolunteerChanged}).
 */
@Service
public class RosterService {

    static final Checks CHECK = new Checks(VolunteerRefusedException::new);
    /** A cancellation less than this before the shift starts counts as late. */
    static final Duration LATE_CANCEL = Duration.ofHours(3);
    /** The period whose no-shows flag a sign-up. */
    static final Duration NO_SHOW_WINDOW = Duration.ofDays(90);
    /** A correction's most: a whole day. */
    static final int MINUTES_MAX = 24 * 60;
    static final int REASON_MAX = 200;
    /** Shifts of one activity: a large health check has a handful; room to spare. */
    static final int SHIFTS_MAX = 20;

    private final ActivityRepository activities;
    private final ShiftRepository shifts;
    private final SignUpRepository signUps;
    private final VisitRepository visits;
    private final RegisterDirectory register;
    private final AttendanceGrantService attendanceGrants;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RosterService(ActivityRepository activities, ShiftRepository shifts, SignUpRepository signUps,
            VisitRepository visits, RegisterDirectory register, AttendanceGrantService attendanceGrants,
            CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.shifts = shifts;
        this.signUps = signUps;
        this.visits = visits;
        this.register = register;
        this.attendanceGrants = attendanceGrants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- activities ----------------------------------------------------------------------------------

    /** A one-off activity with its shifts (at least one), each within the activity's time. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public ActivityEntry createActivity(long communityId, ActivityDraft draft, List<ShiftDraft> shiftDrafts) {
        currentUser.requireAccess(communityId);
        ActivityDraft checked = ActivityChecks.activity(register, communityId, draft);
        CHECK.notEmpty("shifts", shiftDrafts, "volunteer.shifts.required");
        CHECK.that(shiftDrafts.size() <= SHIFTS_MAX, "shifts", "volunteer.shifts.tooMany", SHIFTS_MAX);
        List<ShiftDraft> checkedShifts = new ArrayList<>();
        for (int i = 0; i < shiftDrafts.size(); i++) {
            checkedShifts.add(ActivityChecks.shift(shiftDrafts.get(i), Objects.requireNonNull(checked.startsAt()),
                    Objects.requireNonNull(checked.endsAt()), "shifts." + i + "."));
        }
        Recorded now = Recorded.now(clock);
        Activity activity = activities.save(new Activity(communityId, checked, now.actor(), now.at()));
        checkedShifts.forEach(shift -> shifts.save(new Shift(activity.id(), shift)));
        audit.record("VOLUNTEER_ACTIVITY_CREATED", "volunteer_activity", activity.id(), communityId, null,
                "title=" + checked.title() + ", type=" + checked.type() + ", startsAt=" + checked.startsAt()
                        + ", shifts=" + checkedShifts.size());
        return entry(activity);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public ActivityEntry activity(long activityId) {
        return entry(visible(activityId));
    }

    /** The community's activities from a day on (upcoming) or of the weeks before it, by start. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<ActivityEntry> activitiesBetween(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireAccess(communityId);
        return activities.findStarting(communityId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .map(this::entry).toList();
    }

    /** The community's activities of a day, by start: "Today" on the worker's tablet. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<ActivityEntry> activitiesOn(long communityId, LocalDate day) {
        currentUser.requireAccess(communityId);
        return activities.findStarting(communityId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream()
                .map(this::entry).toList();
    }

    // ---- sign-ups ------------------------------------------------------------------------------------

    /**
     * A worker signs a resident of the community up for a shift. Refused: the shift already started, another
     * shift of theirs at the same time, or (unless {@code waitIfFull}, which the screen offers) a full shift;
     * with it, the resident goes on the waiting list. Signing up twice changes nothing.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public SignUpEntry signUp(long shiftId, long residentId, boolean waitIfFull) {
        Shift shift = lockedShift(shiftId);
        Activity activity = planned(shift.getActivityId(), "shiftId");
        requireResidentOf(activity, residentId);
        LocalDateTime now = LocalDateTime.now(clock);
        CHECK.that(now.isBefore(shift.getStartsAt()), "shiftId", "volunteer.signUp.started");
        SignUp existing = signUps.findByShiftIdAndResidentId(shiftId, residentId).orElse(null);
        if (existing != null && existing.getStatus() != SignUpStatus.CANCELLED) {
            return signUpEntry(shift, existing);
        }
        boolean overlapping = signUps.findOverlapping(residentId, shift.getStartsAt(), shift.getEndsAt()).stream()
                .anyMatch(other -> other.getShiftId() != shiftId);
        CHECK.that(!overlapping, "residentId", "volunteer.signUp.overlap");
        boolean full = signUps.countByShiftIdAndStatus(shiftId, SignUpStatus.SIGNED_UP) >= shift.getCapacity();
        CHECK.that(!full || waitIfFull, "shiftId", "volunteer.shift.full");
        SignUpStatus status = full ? SignUpStatus.WAITING : SignUpStatus.SIGNED_UP;
        Recorded recorded = Recorded.now(clock);
        SignUp signUp;
        if (existing != null) {
            existing.signUpAgain(status, recorded.actor(), recorded.at());
            signUp = existing;
        } else {
            signUp = signUps.save(new SignUp(shiftId, residentId, status, false, recorded.actor(), recorded.at()));
        }
        audit.record("VOLUNTEER_SIGNED_UP", "volunteer_activity", activity.id(), activity.getCommunityId(), null,
                "shift=" + shiftId + ", resident=" + residentId + ", status=" + status);
        changed(activity);
        return signUpEntry(shift, signUp);
    }

    /**
     * Takes a resident off a shift; less than 3 hours before its start the cancellation counts as late. The
     * first on the waiting list moves up into the place.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public SignUpEntry cancel(long shiftId, long residentId) {
        Shift shift = lockedShift(shiftId);
        Activity activity = planned(shift.getActivityId(), "shiftId");
        SignUp signUp = signUps.findByShiftIdAndResidentId(shiftId, residentId)
                .filter(found -> found.getStatus() != SignUpStatus.CANCELLED)
                .orElseThrow(() -> new VolunteerRefusedException("residentId", "volunteer.signUp.none"));
        CHECK.that(signUp.getCheckedInAt() == null, "residentId", "volunteer.cancel.checkedIn");
        LocalDateTime now = LocalDateTime.now(clock);
        boolean late = now.isAfter(shift.getStartsAt().minus(LATE_CANCEL));
        boolean hadPlace = signUp.getStatus() == SignUpStatus.SIGNED_UP;
        signUp.cancel(now, late);
        String movedUp = "";
        if (hadPlace) {
            signUps.flush();
            var next = signUps.findByShiftIdOrderBySignedUpAtAscIdAsc(shiftId).stream()
                    .filter(waiting -> waiting.getStatus() == SignUpStatus.WAITING).findFirst();
            if (next.isPresent()
                    && signUps.countByShiftIdAndStatus(shiftId, SignUpStatus.SIGNED_UP) < shift.getCapacity()) {
                next.get().moveUp();
                movedUp = ", movedUp=" + next.get().getResidentId();
            }
        }
        audit.record("VOLUNTEER_CANCELLED", "volunteer_activity", activity.id(), activity.getCommunityId(),
                "shift=" + shiftId + ", resident=" + residentId, "late=" + late + movedUp);
        changed(activity);
        return signUpEntry(shift, signUp);
    }

    // ---- at the event --------------------------------------------------------------------------------

    /**
     * Checks a resident in on a shift at the event: someone signed up (or waiting: they came, so they are in),
     * or a walk-in found by the register's search or their card. Checking in twice (two tablets at once)
     * changes nothing.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public RosterLine checkIn(long shiftId, long residentId) {
        Shift shift = lockedShift(shiftId);
        Activity activity = planned(shift.getActivityId(), "residentId");
        requireResidentOf(activity, residentId);
        Recorded now = Recorded.now(clock);
        SignUp signUp = signUps.findByShiftIdAndResidentId(shiftId, residentId).orElse(null);
        if (signUp == null) {
            signUp = signUps.save(new SignUp(shiftId, residentId, SignUpStatus.SIGNED_UP, true, now.actor(), now.at()));
        } else if (signUp.getCheckedInAt() != null) {
            return line(shift, signUp, name(residentId));
        }
        signUp.checkIn(now.actor(), now.at());
        audit.record("VOLUNTEER_CHECKED_IN", "volunteer_activity", activity.id(), activity.getCommunityId(), null,
                "shift=" + shiftId + ", resident=" + residentId + (signUp.isWalkIn() ? ", walkIn" : ""));
        changed(activity);
        return line(shift, signUp, name(residentId));
    }

    /** Checks a resident out: the minutes served follow, rounded to the quarter hour. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public RosterLine checkOut(long shiftId, long residentId) {
        Shift shift = lockedShift(shiftId);
        Activity activity = planned(shift.getActivityId(), "residentId");
        SignUp signUp = checkedIn(shiftId, residentId);
        LocalDateTime now = LocalDateTime.now(clock);
        CHECK.that(!now.isBefore(Objects.requireNonNull(signUp.getCheckedInAt())), "residentId",
                "volunteer.checkOut.beforeCheckIn");
        signUp.checkOut(now);
        audit.record("VOLUNTEER_CHECKED_OUT", "volunteer_activity", activity.id(), activity.getCommunityId(), null,
                "shift=" + shiftId + ", resident=" + residentId + ", minutes=" + signUp.getMinutesServed());
        changed(activity);
        return line(shift, signUp, name(residentId));
    }

    /** Undoes a mistaken check-in tap (and its check-out); a walk-in goes off the roster again. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public void undoCheckIn(long shiftId, long residentId) {
        Shift shift = lockedShift(shiftId);
        Activity activity = planned(shift.getActivityId(), "residentId");
        SignUp signUp = checkedIn(shiftId, residentId);
        if (signUp.isWalkIn()) {
            signUps.delete(signUp);
        } else {
            signUp.undoCheckIn();
        }
        audit.record("VOLUNTEER_CHECK_IN_UNDONE", "volunteer_activity", activity.id(), activity.getCommunityId(),
                "shift=" + shiftId + ", resident=" + residentId, null);
        changed(activity);
    }

    /**
     * A worker corrects the minutes a volunteer served (they forgot to check out, or stayed on), with the
     * reason; the audit trail keeps the hours before and after. Also once the activity is closed, when a
     * no-show may be corrected to having come; if the activity's points went out, the volunteer's grant follows
     * the new hours (taken back and granted anew, see {@link AttendanceGrantService#regrant}).
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public RosterLine correctHours(long shiftId, long residentId, @Nullable Integer minutes, @Nullable String reason) {
        Shift shift = lockedShift(shiftId);
        Activity activity = visible(shift.getActivityId());
        boolean closed = activity.getStatus() == ActivityStatus.CLOSED;
        SignUp signUp = closed ? cameOrNoShow(shiftId, residentId) : checkedIn(shiftId, residentId);
        int checkedMinutes = CHECK.between("minutes", minutes, 0, MINUTES_MAX, "volunteer.minutes.invalid");
        String because = CHECK.text("reason", reason, REASON_MAX, "volunteer.reason.required");
        Integer before = signUp.getMinutesServed();
        String by = Recorded.now(clock).actor();
        if (signUp.isNoShow()) {
            // They came after all (the tablet missed them): present from the shift's start.
            signUp.cameAfterAll(shift.getStartsAt(), checkedMinutes, by, because);
        } else {
            signUp.correct(checkedMinutes, by, because);
        }
        audit.record("VOLUNTEER_HOURS_CORRECTED", "volunteer_activity", activity.id(), activity.getCommunityId(),
                "shift=" + shiftId + ", resident=" + residentId + ", minutes=" + before,
                "minutes=" + checkedMinutes + ", reason=" + because);
        if (closed) {
            signUps.flush();
            attendanceGrants.regrant(activity.id(), residentId, because);
        }
        changed(activity);
        return line(shift, signUp, name(residentId));
    }

    /**
     * Closes the activity after the event: whoever signed up and never checked in is a no-show; whoever is
     * still checked in is checked out at the activity's end (or now, if earlier). The roster no longer changes,
     * but hours can still be corrected.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public Roster closeActivity(long activityId) {
        Activity activity = activities.findLocked(activityId).orElseThrow(NotFoundException::new);
        visible(activityId);
        CHECK.that(activity.getStatus() == ActivityStatus.PLANNED, "status", "volunteer.activity.closed");
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime end = now.isBefore(activity.getEndsAt()) ? now : activity.getEndsAt();
        int noShows = 0;
        int checkedOut = 0;
        for (Shift shift : shifts.findByActivityIdOrderByStartsAtAscIdAsc(activityId)) {
            for (SignUp signUp : signUps.findByShiftIdOrderBySignedUpAtAscIdAsc(shift.id())) {
                if (signUp.getStatus() == SignUpStatus.SIGNED_UP && signUp.getCheckedInAt() == null) {
                    signUp.markNoShow();
                    noShows++;
                } else if (signUp.getCheckedInAt() != null && signUp.getCheckedOutAt() == null) {
                    LocalDateTime in = signUp.getCheckedInAt();
                    signUp.checkOut(end.isBefore(in) ? in : end);
                    checkedOut++;
                }
            }
        }
        activity.close(now);
        audit.record("VOLUNTEER_ACTIVITY_CLOSED", "volunteer_activity", activityId, activity.getCommunityId(),
                "status=PLANNED", "status=CLOSED, noShows=" + noShows + ", checkedOut=" + checkedOut);
        changed(activity);
        signUps.flush();
        return roster(activityId);
    }

    /** A resident's volunteering between two days (their service certificate's figures), by day. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public ServiceRecord serviceRecord(long residentId, LocalDate from, LocalDate to) {
        long communityId = register.communityOfResident(residentId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(communityId)) {
            throw new NotFoundException();
        }
        CHECK.that(!to.isBefore(from), "to", "volunteer.period.invalid");
        List<SignUp> own = signUps.findByResidentId(residentId);
        Map<Long, Shift> shiftById = shifts.findByIdIn(own.stream().map(SignUp::getShiftId).toList()).stream()
                .collect(Collectors.toMap(Shift::id, Function.identity()));
        Map<Long, Activity> activityById = activities.findAllById(shiftById.values().stream()
                .map(Shift::getActivityId).distinct().toList()).stream()
                .collect(Collectors.toMap(Activity::id, Function.identity()));
        List<ServiceRecord.Served> served = new ArrayList<>();
        int noShows = 0;
        for (SignUp signUp : own) {
            Shift shift = shiftById.get(signUp.getShiftId());
            Activity activity = shift == null ? null : activityById.get(shift.getActivityId());
            if (activity == null) {
                continue;
            }
            LocalDate day = activity.getStartsAt().toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            if (signUp.getCheckedInAt() != null) {
                served.add(new ServiceRecord.Served(day, activity.getTitle(), shift.getRole(),
                        Objects.requireNonNullElse(signUp.getMinutesServed(), 0)));
            } else if (signUp.isNoShow()) {
                noShows++;
            }
        }
        // Home visits count as volunteering: each volunteer who went served the visit's minutes.
        List<Visit> made = visits.findMadeBy(residentId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        Map<Long, String> visited = register.residentNames(made.stream().map(Visit::getResidentId).toList());
        made.forEach(visit -> served.add(new ServiceRecord.Served(visit.getVisitedAt().toLocalDate(),
                visited.getOrDefault(visit.getResidentId(), ""), "", visit.getMinutes(), ServiceRecord.Kind.VISIT)));
        served.sort(Comparator.comparing(ServiceRecord.Served::day).thenComparing(ServiceRecord.Served::title));
        return new ServiceRecord(residentId, name(residentId), communityId,
                register.communityName(communityId).orElse(""), from, to, served, noShows);
    }

    /** The roster at the event: everyone signed up, waiting or walked in, by shift and name. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public Roster roster(long activityId) {
        Activity activity = visible(activityId);
        Map<Long, Shift> byId = shifts.findByActivityIdOrderByStartsAtAscIdAsc(activityId).stream()
                .collect(Collectors.toMap(Shift::id, Function.identity()));
        List<SignUp> all = signUps.findByShiftIdIn(byId.keySet()).stream()
                .filter(signUp -> signUp.getStatus() != SignUpStatus.CANCELLED).toList();
        Map<Long, String> names = register.residentNames(all.stream().map(SignUp::getResidentId).toList());
        List<RosterLine> lines = all.stream()
                .map(signUp -> line(byId.get(signUp.getShiftId()), signUp, names.getOrDefault(signUp.getResidentId(), "")))
                .sorted(Comparator.comparing((RosterLine line) -> byId.get(line.shiftId()).getStartsAt())
                        .thenComparing(RosterLine::shiftId).thenComparing(RosterLine::name))
                .toList();
        return new Roster(entry(activity), lines);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Activity visible(long activityId) {
        Activity activity = activities.findById(activityId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(activity.getCommunityId())) {
            throw new NotFoundException();
        }
        return activity;
    }

    /** The activity, still planned: a closed one's roster is kept as it was, refused at {@code field}. */
    private Activity planned(long activityId, String field) {
        Activity activity = visible(activityId);
        CHECK.that(activity.getStatus() == ActivityStatus.PLANNED, field, "volunteer.activity.closed");
        return activity;
    }

    private Shift lockedShift(long shiftId) {
        Shift shift = shifts.findLocked(shiftId).orElseThrow(NotFoundException::new);
        visible(shift.getActivityId());
        return shift;
    }

    private void requireResidentOf(Activity activity, long residentId) {
        CHECK.that(register.communityOfResident(residentId).orElse(-1L) == activity.getCommunityId(), "residentId",
                "volunteer.resident.invalid");
    }

    /** After the close: someone who came, or a no-show whose attendance is being corrected. */
    private SignUp cameOrNoShow(long shiftId, long residentId) {
        return signUps.findByShiftIdAndResidentId(shiftId, residentId)
                .filter(signUp -> signUp.getCheckedInAt() != null || signUp.isNoShow())
                .orElseThrow(() -> new VolunteerRefusedException("residentId", "volunteer.notCheckedIn"));
    }

    private SignUp checkedIn(long shiftId, long residentId) {
        return signUps.findByShiftIdAndResidentId(shiftId, residentId)
                .filter(signUp -> signUp.getCheckedInAt() != null)
                .orElseThrow(() -> new VolunteerRefusedException("residentId", "volunteer.notCheckedIn"));
    }

    private String name(long residentId) {
        return register.residentNames(List.of(residentId)).getOrDefault(residentId, "");
    }

    private SignUpEntry signUpEntry(Shift shift, SignUp signUp) {
        Integer position = null;
        if (signUp.getStatus() == SignUpStatus.WAITING) {
            List<SignUp> waiting = signUps.findByShiftIdOrderBySignedUpAtAscIdAsc(shift.id()).stream()
                    .filter(other -> other.getStatus() == SignUpStatus.WAITING).toList();
            position = waiting.indexOf(signUp) + 1;
        }
        long noShows = signUps.countNoShowsSince(signUp.getResidentId(),
                LocalDateTime.now(clock).minus(NO_SHOW_WINDOW));
        return new SignUpEntry(shift.id(), signUp.getResidentId(), signUp.getStatus(), position, noShows);
    }

    private static RosterLine line(Shift shift, SignUp signUp, String name) {
        return new RosterLine(shift.id(), shift.getRole(), signUp.getResidentId(), name, signUp.getStatus(),
                signUp.isWalkIn(), signUp.getCheckedInAt(), signUp.getCheckedOutAt(), signUp.getMinutesServed(),
                signUp.getCorrectionReason(), signUp.isNoShow());
    }

    private ActivityEntry entry(Activity activity) {
        List<Shift> own = shifts.findByActivityIdOrderByStartsAtAscIdAsc(activity.id());
        Map<Long, List<SignUp>> byShift = signUps.findByShiftIdIn(own.stream().map(Shift::id).toList()).stream()
                .collect(Collectors.groupingBy(SignUp::getShiftId));
        List<ShiftEntry> shiftEntries = own.stream().map(shift -> {
            List<SignUp> of = byShift.getOrDefault(shift.id(), List.of());
            int in = (int) of.stream().filter(s -> s.getStatus() == SignUpStatus.SIGNED_UP).count();
            int waiting = (int) of.stream().filter(s -> s.getStatus() == SignUpStatus.WAITING).count();
            return new ShiftEntry(shift.id(), activity.id(), shift.getRole(), shift.getStartsAt(), shift.getEndsAt(),
                    shift.getCapacity(), in, waiting);
        }).toList();
        return new ActivityEntry(activity.id(), activity.getCommunityId(), activity.getTitle(), activity.getType(),
                activity.getPlace(), activity.getCompoundId(), activity.getTeamId(), activity.getDescription(),
                activity.getStartsAt(), activity.getEndsAt(), activity.getStatus(), shiftEntries);
    }

    private void changed(Activity activity) {
        events.publishEvent(new VolunteerChanged(activity.getCommunityId(), activity.id()));
    }
}
