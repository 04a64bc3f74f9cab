package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.volunteer.ServiceRecord;
import org.cocreate.volunteer.TeamService;
import org.cocreate.volunteer.VolunteerSummary;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer's page: their teams and skills, this year's hours, activities attended and no-shows, the
 * activities one by one, and the way to their printable service certificate (志愿服务证明) for any period.
 */
@Route("volunteer/people/:residentId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class VolunteerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "residentId";

    final Div figures = new Div();
    final Div about = new Div();
    final Div attended = new Div();
    final Button skills = new Button();
    final RouterLink certificate = new RouterLink();

    private final TeamService teams;
    private final boolean staff;
    private final ViewToolbar toolbar;
    private @Nullable VolunteerSummary shown;

    VolunteerView(TeamService teams, CurrentUser currentUser) {
        this.teams = teams;
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        addClassName("volunteer-page");
        skills.setText(getTranslation("volunteerTeams.skills"));
        skills.setIcon(VaadinIcon.TOOLS.create());
        skills.setTestId("volunteer-page-skills");
        skills.setVisible(staff);
        skills.addClickListener(e -> {
            VolunteerSummary summary = Objects.requireNonNull(shown);
            new SkillsDialog(teams, summary.residentId(), summary.name(), summary.skills(),
                    () -> show(teams.summary(summary.residentId()))).open();
        });
        certificate.setText(getTranslation("volunteerPage.certificate"));
        certificate.addClassName("toolbar-link");
        certificate.setTestId("volunteer-page-certificate");
        toolbar = new ViewToolbar("", skills, certificate);
        figures.addClassName("volunteer-figures");
        figures.setTestId("volunteer-page-figures");
        about.addClassName("volunteer-about");
        about.setTestId("volunteer-page-about");
        attended.addClassName("roster-lines");
        attended.setTestId("volunteer-page-attended");
        var content = new VerticalLayout(about, figures, new H2(getTranslation("volunteerPage.attended")), attended);
        content.addClassName("proposal-page-content");
        add(toolbar, content);
    }

    static RouteParameters parameters(long residentId) {
        return new RouteParameters(PARAMETER, String.valueOf(residentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long residentId = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        show(teams.summary(residentId));
        certificate.setRoute(ServiceRecordView.class, ServiceRecordView.parameters(residentId));
    }

    private void show(VolunteerSummary summary) {
        shown = summary;
        toolbar.setTitle(summary.name());
        about.removeAll();
        about.add(new Span(summary.teams().isEmpty() ? getTranslation("volunteerPage.noTeam")
                : getTranslation("volunteerPage.teams", String.join("、", summary.teams()))));
        summary.leads().forEach(team -> about.add(new Badge(getTranslation("volunteerPage.leads", team),
                Badge.Tone.SUCCESS).strong()));
        var badges = new Div();
        badges.addClassName("volunteer-skill-badges");
        if (summary.skills().isEmpty()) {
            badges.add(new Span(getTranslation("volunteerPage.noSkills")));
        }
        summary.skills().forEach(s -> badges.add(new Badge(getTranslation(s.translationKey()), Badge.Tone.MUTED)));
        about.add(badges);
        ServiceRecord year = summary.thisYear();
        figures.removeAll();
        figures.add(figure(getTranslation("volunteerPage.hours"), VolunteerTexts.hours(year.totalMinutes())),
                figure(getTranslation("volunteerPage.times"), String.valueOf(year.served().size())),
                figure(getTranslation("volunteerPage.noShows"), String.valueOf(year.noShows())));
        attended.removeAll();
        if (year.served().isEmpty()) {
            var none = new Paragraph(getTranslation("serviceRecord.none"));
            none.addClassName("review-empty");
            attended.add(none);
        }
        Formats formats = Formats.current();
        year.served().reversed().forEach(served -> {
            var title = new Span(served.title());
            title.addClassName("meeting-member-name");
            var details = new Span(formats.date(served.day()) + " · " + served.role());
            details.addClassName("proposals-details");
            var who = new Div(title, details);
            who.addClassName("meeting-member-who");
            var line = new Div(who, new Badge(getTranslation("volunteerPage.servedHours",
                    VolunteerTexts.hours(served.minutes())), Badge.Tone.SUCCESS));
            line.addClassName("roster-line");
            attended.add(line);
        });
    }

    private static Div figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("volunteer-figure-value");
        var caption = new Span(label);
        caption.addClassName("proposals-details");
        var figure = new Div(number, caption);
        figure.addClassName("volunteer-figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        VolunteerSummary summary = shown;
        return summary == null ? getTranslation("volunteerPage.title")
                : getTranslation("volunteerPage.title") + " · " + summary.name();
    }
}
