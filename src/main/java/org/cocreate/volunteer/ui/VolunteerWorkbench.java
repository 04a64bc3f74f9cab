package org.cocreate.volunteer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.security.Role;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.VisitService;
import org.springframework.stereotype.Component;

/**
 * Volunteering on the workbench: today's activities as a to-do (opening 今日志愿活动), the elderly due for a home
 * visit and the follow-ups (opening 上门走访), and for a worker the tile that opens today's activities, the first
 * task of an event day.
 */
@Component
class VolunteerWorkbench implements WorkbenchContribution {

    private final RosterService rosters;
    private final VisitService visits;
    private final Clock clock;

    VolunteerWorkbench(RosterService rosters, VisitService visits, Clock clock) {
        this.rosters = rosters;
        this.visits = visits;
        this.clock = clock;
    }

    /** Today's activities; the elderly due for a home visit and the visits that need following up (双阳). */
    @Override
    public List<ToDo> toDos(long communityId) {
        return List.of(new ToDo(65, "workbench.todo.volunteerToday",
                () -> rosters.activitiesOn(communityId, LocalDate.now(clock)).size(), Target.of(TodayView.class)),
                new ToDo(66, "workbench.todo.visitsDue", () -> visits.overdue(communityId).size(),
                        Target.of(VisitsView.class)),
                new ToDo(67, "workbench.todo.visitFollowUps", () -> visits.openFollowUps(communityId).size(),
                        Target.of(VisitsView.class)));
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(new Shortcut(65, "workbench.shortcut.volunteerToday", "vaadin:handshake",
                Target.of(TodayView.class), Set.of(Role.WORKER_NAME)));
    }
}
