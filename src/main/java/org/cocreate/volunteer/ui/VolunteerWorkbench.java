package org.cocreate.volunteer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.security.Role;
import org.cocreate.volunteer.RosterService;
import org.springframework.stereotype.Component;

/**
 * Volunteering on the workbench: today's activities as a to-do (opening 今日志愿活动), and for a worker the tile
 * that opens them, the first task of an event day.
 */
@Component
class VolunteerWorkbench implements WorkbenchContribution {

    private final RosterService rosters;
    private final Clock clock;

    VolunteerWorkbench(RosterService rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
    }

    @Override
    public List<ToDo> toDos(long communityId) {
        return List.of(new ToDo(65, "workbench.todo.volunteerToday",
                () -> rosters.activitiesOn(communityId, LocalDate.now(clock)).size(), Target.of(TodayView.class)));
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(new Shortcut(65, "workbench.shortcut.volunteerToday", "vaadin:handshake",
                Target.of(TodayView.class), Set.of(Role.WORKER_NAME)));
    }
}
