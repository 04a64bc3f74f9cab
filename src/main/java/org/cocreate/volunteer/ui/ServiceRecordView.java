package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.cocreate.base.Names;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.security.Role;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.ServiceRecord;
import org.jspecify.annotations.Nullable;

/**
 * 志愿服务记录: a resident's volunteering in a period (this year, unless chosen), each activity with its hours,
 * the no-shows, and the service certificate (志愿服务证明) to print on A4 for a school, an employer or an award.
 */
@Route(value = "volunteer/residents/:residentId([0-9]{1,18})", autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class ServiceRecordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "residentId";

    final DatePicker from;
    final DatePicker to;
    final Div body = new Div();

    private final RosterService rosters;
    private final Clock clock;
    private long residentId;
    private @Nullable ServiceRecord shown;

    ServiceRecordView(RosterService rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
        addClassNames("points-print-page", "service-record-page");
        from = Localized.datePicker(getTranslation("serviceRecord.from"));
        from.setTestId("service-record-from");
        to = Localized.datePicker(getTranslation("serviceRecord.to"));
        to.setTestId("service-record-to");
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        var print = new Button(getTranslation("serviceRecord.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setTestId("service-record-print");
        var back = new RouterLink(getTranslation("roster.back"), TodayView.class);
        back.addClassName("minutes-word");
        var actions = new HorizontalLayout(from, to, print, back);
        actions.addClassNames("no-print", "points-print-actions");
        actions.setAlignItems(FlexComponent.Alignment.END);
        actions.setWrap(true);
        body.addClassNames("points-print-sheet", "minutes-body");
        body.setTestId("service-record");
        add(actions, body);
    }

    static RouteParameters parameters(long residentId) {
        return new RouteParameters(PARAMETER, String.valueOf(residentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        residentId = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        load();
    }

    private void load() {
        if (residentId == 0 || from.getValue() == null || to.getValue() == null) {
            return;
        }
        ServiceRecord record;
        try {
            record = rosters.serviceRecord(residentId, from.getValue(), to.getValue());
        } catch (RefusedException refused) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        to.setInvalid(false);
        shown = record;
        Formats formats = Formats.current();
        body.removeAll();
        body.add(new H1(getTranslation("serviceRecord.certificate")));
        body.add(new Paragraph(getTranslation("serviceRecord.text", record.name(), formats.date(record.from()),
                formats.date(record.to()), record.served().size(), VolunteerTexts.hours(record.totalMinutes()))));
        if (record.served().isEmpty()) {
            var none = new Paragraph(getTranslation("serviceRecord.none"));
            none.addClassName("review-empty");
            body.add(none);
        } else {
            var table = new Div();
            table.addClassName("minutes-votes");
            table.add(row(getTranslation("serviceRecord.column.day"), getTranslation("serviceRecord.column.activity"),
                    getTranslation("serviceRecord.column.role"), getTranslation("serviceRecord.column.hours")));
            record.served().forEach(served -> table.add(served.kind() == ServiceRecord.Kind.VISIT
                    // A home visit: the person visited by their masked name only, on a sheet that leaves the office.
                    ? row(formats.date(served.day()), getTranslation("serviceRecord.visit", Names.masked(served.title())),
                            getTranslation("serviceRecord.visitRole"), VolunteerTexts.hours(served.minutes()))
                    : row(formats.date(served.day()), served.title(), served.role(),
                            VolunteerTexts.hours(served.minutes()))));
            body.add(table);
        }
        if (record.noShows() > 0) {
            body.add(new Paragraph(getTranslation("serviceRecord.noShows", record.noShows())));
        }
        var issuer = new Paragraph(getTranslation("serviceRecord.issuer", record.communityName()));
        issuer.addClassName("service-record-issuer");
        body.add(issuer, new Paragraph(getTranslation("serviceRecord.issued", formats.date(LocalDate.now(clock)))));
    }

    private static Div row(String day, String title, String role, String hours) {
        var line = new Div(new Span(day), new Span(title), new Span(role), new Span(hours));
        line.addClassName("service-record-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        ServiceRecord record = shown;
        return record == null ? getTranslation("serviceRecord.title")
                : getTranslation("serviceRecord.title") + " · " + record.name();
    }
}
