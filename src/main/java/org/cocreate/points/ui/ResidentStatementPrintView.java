package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.points.AccountHolder;
import org.cocreate.points.PointsService;
import org.cocreate.points.Statement;
import org.cocreate.points.StatementLine;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * A resident's statement as a plain A4 page, without the app's menu: community, resident, period, every
 * entry in a compact table, the totals and the day it was printed. The buttons do not print (see the
 * print rules of the statement in styles.css); a typical month fits one page.
 */
@Route(value = "points/residents/:residentId/statement/print", autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class ResidentStatementPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService users;

    private static final int COLUMNS = 7;

    final Button print = new Button();
    final Button back = new Button();
    final H1 heading = new H1();
    final Span resident = new Span();
    final Span address = new Span();
    final Span period = new Span();
    final NativeTable table = new NativeTable();
    final Span printedOn = new Span();
    final Paragraph notFound = new Paragraph();

    private final PointsService points;
    private final Clock clock;
    private final Formats formats = Formats.current();
    private final Div sheet;
    private @Nullable AccountHolder holder;
    private QueryParameters periodQuery = QueryParameters.empty();

    ResidentStatementPrintView(PointsService points, Clock clock, UserService users) {
        this.users = users;
        this.points = points;
        this.clock = clock;
        addClassName("points-print-page");

        print.setText(getTranslation("common.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setTestId("statement-print-print");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        back.setText(getTranslation("common.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.setTestId("statement-print-back");
        back.addClickListener(e -> backToStatement());
        var actions = new HorizontalLayout(print, back);
        actions.addClassName("no-print");
        actions.addClassName("points-print-actions");

        heading.addClassName("points-print-heading");
        heading.setTestId("statement-print-heading");
        resident.setTestId("statement-print-resident");
        address.setTestId("statement-print-address");
        period.setTestId("statement-print-period");
        var details = new Div(resident, address, period);
        details.addClassName("points-print-details");
        table.addClassName("points-print-table");
        table.setTestId("statement-print-table");
        printedOn.addClassName("points-print-date");
        printedOn.setTestId("statement-print-date");

        sheet = new Div(heading, details, table, printedOn);
        sheet.addClassName("points-print-sheet");
        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("statement-print-not-found");
        notFound.setVisible(false);
        add(actions, sheet, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = ResidentStatementView.parseId(event.getRouteParameters().get(ResidentStatementView.PARAMETER));
        QueryParameters query = event.getLocation().getQueryParameters();
        LocalDate from = ResidentStatementView.date(query, ResidentStatementView.FROM);
        LocalDate to = ResidentStatementView.date(query, ResidentStatementView.TO);
        LocalDate today = LocalDate.now(clock);
        periodQuery = ResidentStatementView.query(from, to);
        LocalDate end = to == null ? today : to;
        AccountHolder shown;
        Statement statement;
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            shown = points.accountHolder(id);
            try {
                statement = points.statement(id, from == null ? StatementPeriod.BEGINNING : from, end);
            } catch (RefusedException refusal) {
                // A period typed into the address the wrong way round: everything up to its end instead.
                from = null;
                statement = points.statement(id, StatementPeriod.BEGINNING, end);
            }
        } catch (NotFoundException notVisible) {
            holder = null;
            sheet.setVisible(false);
            print.setVisible(false);
            notFound.setVisible(true);
            return;
        }
        holder = shown;
        show(shown, statement, from, today);
    }

    private void show(AccountHolder shown, Statement statement, @Nullable LocalDate from, LocalDate today) {
        heading.setText(getTranslation("points.print.heading", shown.communityName()));
        resident.setText(getTranslation("points.print.resident", shown.name()));
        address.setText(getTranslation("points.print.address", shown.address()));
        String end = formats.date(statement.to());
        period.setText(from == null ? getTranslation("points.print.periodUntil", end)
                : getTranslation("points.print.period", formats.date(from), end));
        printedOn.setText(getTranslation("points.print.printedOn", formats.date(today)));
        fill(statement);
        sheet.setVisible(true);
        print.setVisible(true);
        notFound.setVisible(false);
    }

    private void fill(Statement statement) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.getFoot().removeAllRows();
        NativeTableRow header = table.getHead().addRow();
        for (String column : List.of("time", "kind", "rule", "note", "amount", "balance", "by")) {
            header.addHeaderCell().setText(getTranslation("points.statement.column." + column));
        }
        NativeTableRow openingRow = table.getBody().addRow();
        openingRow.addClassName("points-print-total");
        label(openingRow, getTranslation("points.print.opening"));
        openingRow.addDataCell();
        number(openingRow, statement.opening().toString());
        openingRow.addDataCell();

        List<StatementLine> lines = statement.lines();
        StaffNames staffNames = StaffNames.of(users, lines.stream().map(StatementLine::createdBy));
        for (StatementLine line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(formats.dateTime(line.postedAt()));
            row.addDataCell().setText(getTranslation(line.kind().translationKey()));
            row.addDataCell().setText(line.ruleName() == null ? "" : line.ruleName());
            row.addDataCell().setText(line.note() == null ? "" : line.note());
            number(row, formats.signed(line.amount()));
            number(row, line.balanceAfter().toString());
            row.addDataCell().setText(staffNames.name(line.createdBy()));
        }
        if (lines.isEmpty()) {
            NativeTableCell none = table.getBody().addRow().addDataCell();
            none.setColspan(COLUMNS);
            none.setText(getTranslation("points.print.none"));
        }

        NativeTableRow totals = table.getFoot().addRow();
        totals.addClassName("points-print-total");
        label(totals, getTranslation("points.print.totals", formats.signed(StatementFormat.added(lines)),
                formats.signed(-StatementFormat.taken(lines))));
        number(totals, formats.signed(StatementFormat.added(lines) - StatementFormat.taken(lines)));
        totals.addDataCell();
        totals.addDataCell();
        NativeTableRow closingRow = table.getFoot().addRow();
        closingRow.addClassName("points-print-total");
        label(closingRow, getTranslation("points.print.closing"));
        closingRow.addDataCell();
        number(closingRow, statement.closing().toString());
        closingRow.addDataCell();
    }

    /** A label over the first four columns. */
    private static void label(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setColspan(4);
        cell.setText(text);
    }

    private static void number(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassName("points-print-number");
    }

    private void backToStatement() {
        AccountHolder shown = holder;
        if (shown != null) {
            getUI().ifPresent(ui -> ui.navigate(ResidentStatementView.class,
                    ResidentStatementView.parameters(shown.residentId()), periodQuery));
        } else {
            getUI().ifPresent(ui -> ui.getPage().getHistory().back());
        }
    }

    @Override
    public String getPageTitle() {
        AccountHolder shown = holder;
        return shown == null ? getTranslation("points.statement.title")
                : getTranslation("points.statement.title") + " · " + shown.name();
    }
}
