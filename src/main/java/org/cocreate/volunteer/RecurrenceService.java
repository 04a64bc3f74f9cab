package org.cocreate.volunteer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring activities (every Saturday 8:00–10:00, every Friday afternoon): the rule, and its occurrences as
 * activities of their own, created {@value #WEEKS_AHEAD} weeks ahead (further on request, and each night by
 * {@link VolunteerJobs}). Changing the rule changes only the occurrences still to come: those whose day the
 * rule keeps follow the new time, place and shifts and keep their sign-ups; those whose day it drops go, with
 * theirs; new days get new occurrences. Past and closed occurrences stay as they were.
 */
@Service
public class RecurrenceService {

    /** How far ahead occurrences exist, so that residents can be signed up for the coming weeks. */
    static final int WEEKS_AHEAD = 8;

    private static final Checks CHECK = RosterService.CHECK;

    private final SeriesRepository series;
    private final ActivityRepository activities;
    private final ShiftRepository shifts;
    private final SignUpRepository signUps;
    private final org.cocreate.community.RegisterDirectory register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RecurrenceService(SeriesRepository series, ActivityRepository activities, ShiftRepository shifts,
            SignUpRepository signUps, org.cocreate.community.RegisterDirectory register, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.series = series;
        this.activities = activities;
        this.shifts = shifts;
        this.signUps = signUps;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A recurring activity and its occurrences of the coming weeks. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public SeriesEntry createSeries(long communityId, SeriesDraft draft) {
        currentUser.requireAccess(communityId);
        SeriesDraft checked = checked(communityId, draft);
        Recorded now = Recorded.now(clock);
        Series created = series.save(new Series(communityId, checked, now.actor(), now.at()));
        int made = createOccurrences(created, horizon());
        audit.record("VOLUNTEER_SERIES_CREATED", "volunteer_series", created.id(), communityId, null,
                "title=" + created.getTitle() + ", weekdays=" + created.getWeekdays() + ", occurrences=" + made);
        return entry(created);
    }

    /**
     * Changes the rule from now on: the occurrences to come follow it (keeping their sign-ups where their day
     * remains), the others go, the new days come; past and closed ones stay as they were.
     */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public SeriesEntry changeSeries(long seriesId, SeriesDraft draft) {
        Series rule = locked(seriesId);
        SeriesDraft checked = checked(rule.getCommunityId(), draft);
        String before = describe(rule);
        rule.change(checked);
        LocalDateTime now = LocalDateTime.now(clock);
        int kept = 0;
        int dropped = 0;
        for (Activity occurrence : activities.findBySeriesIdOrderByStartsAt(seriesId)) {
            if (!occurrence.getStartsAt().isAfter(now) || occurrence.getStatus() != ActivityStatus.PLANNED) {
                continue;
            }
            LocalDate day = occurrence.getStartsAt().toLocalDate();
            List<Shift> own = shifts.findByActivityIdOrderByStartsAtAscIdAsc(occurrence.id());
            if (rule.occursOn(day)) {
                follow(rule, occurrence, day, own);
                kept++;
            } else {
                remove(occurrence, own);
                dropped++;
            }
        }
        shifts.flush();
        int made = createOccurrences(rule, horizon());
        audit.record("VOLUNTEER_SERIES_CHANGED", "volunteer_series", seriesId, rule.getCommunityId(), before,
                describe(rule) + ", kept=" + kept + ", dropped=" + dropped + ", added=" + made);
        return entry(rule);
    }

    /** Creates the occurrences up to a day (within the rule's days): a year planned at once, if wanted. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public SeriesEntry extendSeries(long seriesId, @Nullable LocalDate until) {
        Series rule = locked(seriesId);
        LocalDate day = CHECK.required("until", until, "volunteer.until.required");
        createOccurrences(rule, day);
        return entry(rule);
    }

    /** The community's recurring activities, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<SeriesEntry> seriesOf(long communityId) {
        currentUser.requireAccess(communityId);
        return series.findByCommunityIdOrderByIdDesc(communityId).stream().map(this::entry).toList();
    }

    // ---- for the nightly job -------------------------------------------------------------------------

    /** Every rule's occurrences up to the horizon: run each night, so that the weeks ahead always exist. */
    @Transactional
    int extendAll() {
        int made = 0;
        for (Series rule : series.findAll()) {
            made += createOccurrences(rule, horizon());
        }
        return made;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private SeriesDraft checked(long communityId, SeriesDraft draft) {
        LocalTime from = CHECK.required("from", draft.from(), "volunteer.startsAt.required");
        LocalTime to = CHECK.required("to", draft.to(), "volunteer.endsAt.required");
        CHECK.that(to.isAfter(from), "to", "volunteer.endsAt.beforeStart");
        LocalDate firstDay = CHECK.required("firstDay", draft.firstDay(), "volunteer.firstDay.required");
        LocalDate lastDay = draft.lastDay() == null ? firstDay.plusDays(SeriesDraft.DAYS_MAX - 1) : draft.lastDay();
        CHECK.that(!lastDay.isBefore(firstDay) && !lastDay.isAfter(firstDay.plusDays(SeriesDraft.DAYS_MAX - 1)),
                "lastDay", "volunteer.lastDay.invalid", SeriesDraft.DAYS_MAX);
        Set<DayOfWeek> weekdays = draft.weekdays() == null ? Set.of() : draft.weekdays();
        CHECK.that(!weekdays.isEmpty(), "weekdays", "volunteer.weekdays.required");
        ActivityDraft activity = ActivityChecks.activity(register, communityId, new ActivityDraft(draft.title(),
                draft.type(), draft.place(), null, null, draft.description(), firstDay.atTime(from),
                firstDay.atTime(to)));
        CHECK.notEmpty("shifts", draft.shifts(), "volunteer.shifts.required");
        CHECK.that(draft.shifts().size() <= RosterService.SHIFTS_MAX, "shifts", "volunteer.shifts.tooMany",
                RosterService.SHIFTS_MAX);
        List<ShiftDraft> checkedShifts = new ArrayList<>();
        for (int i = 0; i < draft.shifts().size(); i++) {
            ShiftDraft shift = draft.shifts().get(i);
            checkedShifts.add(ActivityChecks.shift(new ShiftDraft(shift.role(), null, null, shift.capacity()),
                    Objects.requireNonNull(activity.startsAt()), Objects.requireNonNull(activity.endsAt()),
                    "shifts." + i + "."));
        }
        return new SeriesDraft(activity.title(), activity.type(), activity.place(), activity.description(),
                weekdays, from, to, firstDay, lastDay, checkedShifts);
    }

    /** The occurrences from today (or the first day) up to {@code until}, each day once; how many were made. */
    private int createOccurrences(Series rule, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = rule.getFirstDay().isAfter(today) ? rule.getFirstDay() : today;
        LocalDate to = until.isAfter(rule.getLastDay()) ? rule.getLastDay() : until;
        Set<LocalDate> existing = new HashSet<>();
        activities.findBySeriesIdOrderByStartsAt(rule.id()).forEach(a -> existing.add(a.getStartsAt().toLocalDate()));
        Recorded now = Recorded.now(clock);
        int made = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!rule.occursOn(day) || existing.contains(day)) {
                continue;
            }
            ActivityDraft occurrence = rule.occurrence(day);
            Activity activity = new Activity(rule.getCommunityId(), occurrence, now.actor(), now.at());
            activity.belongTo(rule.id());
            Activity saved = activities.save(activity);
            for (Series.Template template : rule.getShifts()) {
                shifts.save(new Shift(saved.id(), new ShiftDraft(template.role(), occurrence.startsAt(),
                        occurrence.endsAt(), template.capacity())));
            }
            made++;
        }
        return made;
    }

    /** An occurrence to come takes the rule's new time and shifts, by position; a shift the rule dropped goes. */
    private void follow(Series rule, Activity occurrence, LocalDate day, List<Shift> own) {
        ActivityDraft now = rule.occurrence(day);
        occurrence.follow(now);
        List<Series.Template> templates = rule.getShifts();
        for (int i = 0; i < Math.max(templates.size(), own.size()); i++) {
            if (i < templates.size() && i < own.size()) {
                own.get(i).follow(templates.get(i).role(), templates.get(i).capacity(),
                        Objects.requireNonNull(now.startsAt()), Objects.requireNonNull(now.endsAt()));
            } else if (i < templates.size()) {
                shifts.save(new Shift(occurrence.id(), new ShiftDraft(templates.get(i).role(), now.startsAt(),
                        now.endsAt(), templates.get(i).capacity())));
            } else {
                signUps.deleteByShiftIdIn(List.of(own.get(i).id()));
                shifts.delete(own.get(i));
            }
        }
    }

    private void remove(Activity occurrence, List<Shift> own) {
        signUps.deleteByShiftIdIn(own.stream().map(Shift::id).toList());
        shifts.deleteAll(own);
        activities.delete(occurrence);
    }

    private LocalDate horizon() {
        return LocalDate.now(clock).plusWeeks(WEEKS_AHEAD);
    }

    private Series locked(long seriesId) {
        Series rule = series.findLocked(seriesId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(rule.getCommunityId())) {
            throw new NotFoundException();
        }
        return rule;
    }

    private static String describe(Series rule) {
        return "weekdays=" + rule.getWeekdays() + ", from=" + rule.getStartsAt() + ", to=" + rule.getEndsAt()
                + ", lastDay=" + rule.getLastDay();
    }

    private SeriesEntry entry(Series rule) {
        int occurrences = activities.findBySeriesIdOrderByStartsAt(rule.id()).size();
        return new SeriesEntry(rule.id(), rule.getCommunityId(), rule.getTitle(), rule.getType(), rule.getPlace(),
                rule.getWeekdays(), rule.getStartsAt(), rule.getEndsAt(), rule.getFirstDay(), rule.getLastDay(),
                occurrences, rule.getShifts().stream()
                        .map(shift -> new ShiftDraft(shift.role(), null, null, shift.capacity())).toList());
    }
}
