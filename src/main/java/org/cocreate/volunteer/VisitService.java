package org.cocreate.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.cocreate.community.ResidentName;
import org.cocreate.community.ResidentTag;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.RuleOccasion;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service visits (双阳走访): volunteers visit an elderly resident or a child at home, check the electricity, the
 * gas, hygiene, medicine and mood, and note whether someone must follow up. The minutes count as volunteer
 * hours for each volunteer (in their service record) and the standard may reward a visit. The elderly not
 * visited for the community's interval (30 days unless set) are listed as due, the never visited first.
 */
@Service
public class VisitService {

    static final Checks CHECK = RosterService.CHECK;
    static final int INTERVAL_DAYS_DEFAULT = 30;
    static final int INTERVAL_DAYS_MAX = 365;
    /** The most recent visits a screen asks for at once. */
    static final int RECENT_MAX = 100;

    private final VisitRepository visits;
    private final VisitSettingRepository settings;
    private final RegisterDirectory register;
    private final ScoringStandardService standards;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    VisitService(VisitRepository visits, VisitSettingRepository settings, RegisterDirectory register,
            ScoringStandardService standards, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.settings = settings;
        this.register = register;
        this.standards = standards;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a visit that took place; each bad value is refused at its own field and nothing is saved. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public VisitEntry record(long communityId, VisitDraft draft) {
        currentUser.requireAccess(communityId);
        VisitDraft checked = checked(communityId, draft);
        Visit visit = visits.save(new Visit(communityId, checked, Recorded.now(clock)));
        Map<Long, String> names = names(List.of(visit));
        audit.record("VOLUNTEER_VISIT_RECORDED", "volunteer_visit", visit.id(), communityId, null,
                visit.auditState(names));
        return entry(visit, names);
    }

    /** A resident's visits, the newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<VisitEntry> visitsOf(long residentId) {
        long communityId = register.communityOfResident(residentId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(communityId)) {
            throw new NotFoundException();
        }
        return entries(visits.findByResidentIdOrderByVisitedAtDescIdDesc(residentId));
    }

    /** The community's latest visits, the newest first (at most 100). */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<VisitEntry> recentVisits(long communityId, int limit) {
        currentUser.requireAccess(communityId);
        int size = Math.clamp(limit, 1, RECENT_MAX);
        return entries(visits.findByCommunityIdOrderByVisitedAtDescIdDesc(communityId, PageRequest.of(0, size)));
    }

    /** The visits whose follow-up nobody has closed yet, the oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<VisitEntry> openFollowUps(long communityId) {
        currentUser.requireAccess(communityId);
        return entries(visits.findOpenFollowUps(communityId));
    }

    /** Closes a visit's follow-up with what was done about it (required). */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public VisitEntry closeFollowUp(long visitId, @Nullable String note) {
        Visit visit = visits.findById(visitId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(visit.getCommunityId())) {
            throw new NotFoundException();
        }
        String done = CHECK.text("note", note, VisitDraft.FOLLOW_UP_NOTE_MAX, "volunteer.visit.followUpNote.invalid");
        CHECK.that(visit.followUpOpen(), "note", "volunteer.visit.followUp.notOpen");
        visit.closeFollowUp(done, Recorded.now(clock));
        audit.record("VOLUNTEER_VISIT_FOLLOWED_UP", "volunteer_visit", visit.id(), visit.getCommunityId(),
                "followUp=open", "note=" + done);
        return entry(visit, names(List.of(visit)));
    }

    /**
     * The community's elderly residents (tagged so in the register) not visited in the last {@link #intervalDays}
     * days: the never visited first, then the longest since their last visit.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<OverdueVisit> overdue(long communityId) {
        currentUser.requireAccess(communityId);
        int interval = interval(communityId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDateTime> lastVisits = visits.findLastVisits(communityId).stream()
                .collect(Collectors.toMap(VisitRepository.LastVisit::residentId, VisitRepository.LastVisit::visitedAt));
        List<OverdueVisit> due = new ArrayList<>();
        for (RegisteredResident elderly : register.residentsTagged(communityId, ResidentTag.ELDERLY)) {
            LocalDateTime last = lastVisits.get(elderly.id());
            Integer daysSince = last == null ? null : (int) ChronoUnit.DAYS.between(last.toLocalDate(), today);
            if (daysSince == null || daysSince >= interval) {
                due.add(new OverdueVisit(elderly.id(), elderly.name(), elderly.household().address(),
                        last == null ? null : last.toLocalDate(), daysSince));
            }
        }
        due.sort(Comparator.comparing((OverdueVisit o) -> o.daysSince() == null ? Integer.MAX_VALUE : o.daysSince())
                .reversed().thenComparing(OverdueVisit::residentId));
        return due;
    }

    /** After how many days without a visit an elderly resident of the community is due again. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public int intervalDays(long communityId) {
        currentUser.requireAccess(communityId);
        return interval(communityId);
    }

    /** The community's admin sets the interval, 1 to 365 days. */
    @Transactional
    @PreAuthorize(VolunteerRoles.ADMIN)
    public int setIntervalDays(long communityId, int days) {
        currentUser.requireAccess(communityId);
        int checked = CHECK.between("intervalDays", days, 1, INTERVAL_DAYS_MAX, "volunteer.visit.interval.invalid");
        int before = interval(communityId);
        settings.findById(communityId).ifPresentOrElse(setting -> setting.setIntervalDays(checked),
                () -> settings.save(new VisitSetting(communityId, checked)));
        audit.record("VOLUNTEER_VISIT_INTERVAL_SET", "volunteer_visit_settings", communityId, communityId,
                "intervalDays=" + before, "intervalDays=" + checked);
        return checked;
    }

    /**
     * The standard's rule for a service visit in effect on the day (empty: the standard has none, and no grant is
     * offered): the screen offers it to the volunteers through the usual grant screen.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.STAFF)
    public Optional<RuleEntry> grantRule(long communityId, LocalDate date) {
        currentUser.requireAccess(communityId);
        return standards.ruleFor(communityId, RuleOccasion.SERVICE_VISIT, date);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private int interval(long communityId) {
        return settings.findById(communityId).map(VisitSetting::getIntervalDays).orElse(INTERVAL_DAYS_DEFAULT);
    }

    /** The draft's fields, each refused at its own; the people of the community, the visit in the past. */
    private VisitDraft checked(long communityId, VisitDraft draft) {
        long visited = CHECK.required("visitedResidentId", draft.visitedResidentId(),
                "volunteer.visit.visited.required");
        CHECK.that(register.communityOfResident(visited).orElse(-1L) == communityId, "visitedResidentId",
                "volunteer.visit.visited.invalid");
        List<Long> volunteers = draft.volunteerIds().stream().distinct().toList();
        CHECK.that(!volunteers.isEmpty() && volunteers.size() <= VisitDraft.VOLUNTEERS_MAX, "volunteerIds",
                "volunteer.visit.volunteers.count", 1, VisitDraft.VOLUNTEERS_MAX);
        Map<Long, Long> communities = register.communitiesOfResidents(volunteers);
        CHECK.that(volunteers.stream().allMatch(id -> communities.getOrDefault(id, -1L) == communityId),
                "volunteerIds", "volunteer.visit.volunteers.invalid");
        CHECK.that(!volunteers.contains(visited), "volunteerIds", "volunteer.visit.volunteers.visited");
        LocalDateTime visitedAt = CHECK.required("visitedAt", draft.visitedAt(), "volunteer.visit.visitedAt.required");
        CHECK.that(!visitedAt.isAfter(LocalDateTime.now(clock)), "visitedAt", "volunteer.visit.visitedAt.future");
        int minutes = CHECK.between("minutes", draft.minutes(), VisitDraft.MINUTES_MIN, VisitDraft.MINUTES_MAX,
                "volunteer.visit.minutes.invalid");
        String notes = CHECK.optionalText("notes", draft.notes(), VisitDraft.NOTES_MAX, "volunteer.visit.notes.invalid");
        CHECK.that(!draft.checks().isEmpty() || notes != null, "checks", "volunteer.visit.checks.required");
        return new VisitDraft(visited, volunteers, visitedAt, minutes, draft.checks(), notes, draft.followUp());
    }

    /** The names of everyone the visits name, in one look-up. */
    private Map<Long, String> names(Collection<Visit> of) {
        Set<Long> ids = new HashSet<>();
        of.forEach(visit -> {
            ids.add(visit.getResidentId());
            ids.addAll(visit.getVolunteerIds());
        });
        return register.residentNames(ids);
    }

    private List<VisitEntry> entries(List<Visit> of) {
        Map<Long, String> names = names(of);
        return of.stream().map(visit -> entry(visit, names)).toList();
    }

    private static VisitEntry entry(Visit visit, Map<Long, String> names) {
        List<ResidentName> volunteers = visit.getVolunteerIds().stream().sorted()
                .map(id -> new ResidentName(id, names.getOrDefault(id, ""))).toList();
        return new VisitEntry(visit.id(), visit.getCommunityId(), visit.getResidentId(),
                names.getOrDefault(visit.getResidentId(), ""), volunteers, visit.getVisitedAt(), visit.getMinutes(),
                visit.getChecks(), visit.getNotes(), visit.isFollowUp(), visit.getFollowUpDoneAt(),
                visit.getFollowUpNote());
    }
}
