package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.StaffNames;

/**
 * 兑换日: the redemption days of the working community, open ones first. Staff open a new day (the items on
 * offer and the counts on the table) and close an open one; everyone who works the counter goes from here
 * to the counter of an open day, and every reader to a day's report.
 */
@Route("exchange/sessions")
@Menu(order = 53, icon = "vaadin:calendar", title = "nav.sessions")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class SessionsView extends VerticalLayout implements HasDynamicTitle {

    static final String COUNTER_ROUTE = "exchange/counter/";

    final Button open = new Button();
    final Grid<SessionEntry> grid = new Grid<>();

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();
    private final Clock clock;
    private final long communityId;
    private final boolean staff;
    private final boolean atCounter;

    SessionsView(CatalogueService catalogue, RedemptionService redemptions, CurrentUser currentUser, WorkingCommunity workingCommunity, Clock clock,
            UserService users) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.users = users;
        this.clock = clock;
        this.communityId = workingCommunity.id();
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        this.atCounter = staff || currentUser.has(Role.COUNTER);
        setPadding(false);
        setSpacing(false);

        open.setText(getTranslation("sessions.open"));
        open.setIcon(VaadinIcon.PLUS.create());
        open.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        open.setTestId("sessions-open");
        open.setVisible(staff);
        open.addClickListener(e -> openDialog());

        // The place sits under the date, so that the day's actions fit beside it on a tablet.
        grid.addComponentColumn(this::dayCell).setHeader(getTranslation("sessions.column.day")).setFlexGrow(1);
        grid.addComponentColumn(s -> ExchangeBadges.session(this, s.status())).setHeader(getTranslation("sessions.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> staffNames.name(s.openedBy()))
                .setHeader(getTranslation("sessions.column.openedBy")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("sessions.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("sessions-grid");
        grid.setTestId("sessions-grid");
        grid.setSizeFull();
        Localized.emptyState(grid);

        var content = new VerticalLayout(grid);
        content.setSizeFull();
        content.addClassName("sessions-content");
        setSizeFull();
        add(new ViewToolbar(getTranslation("sessions.title"), open), content);
        setFlexGrow(1, content);
        refresh();
    }

    void refresh() {
        List<SessionEntry> sessions = redemptions.sessions(communityId).stream()
                .sorted(Comparator.comparing((SessionEntry s) -> s.status() != SessionStatus.OPEN)).toList();
        staffNames = StaffNames.of(users, sessions.stream().map(SessionEntry::openedBy));
        grid.setItems(sessions);
    }

    private Div dayCell(SessionEntry session) {
        var date = new Span(Formats.current().date(session.date()));
        date.addClassName("sessions-day-date");
        var place = new Span(session.place());
        place.addClassName("sessions-day-place");
        var cell = new Div(date, place);
        cell.addClassName("sessions-day");
        return cell;
    }

    private Component actions(SessionEntry session) {
        var actions = new Div();
        actions.addClassName("sessions-actions");
        if (session.status() == SessionStatus.OPEN && atCounter) {
            var counter = new Anchor(COUNTER_ROUTE + session.id(), getTranslation("sessions.counter"));
            counter.addClassName("sessions-counter-link");
            counter.setTestId("sessions-counter-" + session.id());
            actions.add(counter);
        }
        if (session.status() == SessionStatus.OPEN && staff) {
            var close = new Button(getTranslation("sessions.close"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CloseSessionView.class,
                            CloseSessionView.parameters(session.id()))));
            close.setTestId("sessions-close-" + session.id());
            actions.add(close);
        }
        var report = new Button(getTranslation("sessions.report"), VaadinIcon.CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SessionReportView.class,
                        SessionReportView.parameters(session.id()))));
        report.addThemeVariants(ButtonVariant.TERTIARY);
        report.setTestId("sessions-report-" + session.id());
        actions.add(report);
        return actions;
    }

    private void openDialog() {
        var dialog = new OpenSessionDialog(catalogue, redemptions, communityId, clock, opened -> refresh());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
