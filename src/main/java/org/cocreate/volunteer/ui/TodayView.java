package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.Roster;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.VolunteerChanged;

/**
 * 今日志愿活动: the working community's activities of today as big tiles, each with who is here against who is
 * expected (live); one tap opens its roster at the event.
 */
@Route("volunteer/today")
@Menu(order = 70, icon = "vaadin:handshake", title = "nav.volunteerToday")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class TodayView extends VerticalLayout implements HasDynamicTitle {

    final Div tiles = new Div();

    private final RosterService rosters;
    private final long communityId;
    private final Clock clock;

    TodayView(RosterService rosters, WorkingCommunity workingCommunity, LiveEvents liveEvents, Clock clock) {
        this.rosters = rosters;
        this.communityId = workingCommunity.id();
        this.clock = clock;
        setPadding(false);
        addClassName("volunteer-today");
        tiles.addClassName("volunteer-tiles");
        tiles.setTestId("volunteer-today");
        var content = new VerticalLayout(tiles);
        add(new ViewToolbar(getTranslation("nav.volunteerToday")), content);
        LiveScreen.follow(this, liveEvents, VolunteerChanged.class, () -> communityId, change -> refresh());
        refresh();
    }

    void refresh() {
        tiles.removeAll();
        var today = rosters.activitiesOn(communityId, LocalDate.now(clock));
        if (today.isEmpty()) {
            var none = new Paragraph(getTranslation("volunteerToday.none"));
            none.addClassName("review-empty");
            tiles.add(none);
        }
        for (ActivityEntry activity : today) {
            Roster roster = rosters.roster(activity.id());
            var title = new Span(activity.title());
            title.addClassName("volunteer-tile-title");
            var facts = new Span(VolunteerTexts.facts(this, activity));
            facts.addClassName("proposals-details");
            var count = new Span(getTranslation("roster.count", roster.present(), roster.expected()));
            count.addClassName("volunteer-tile-count");
            var tile = new RouterLink(RosterView.class, RosterView.parameters(activity.id()));
            tile.add(title, facts, count);
            tile.addClassName("volunteer-tile");
            tile.setTestId("volunteer-activity-" + activity.id());
            tiles.add(tile);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteerToday");
    }
}
