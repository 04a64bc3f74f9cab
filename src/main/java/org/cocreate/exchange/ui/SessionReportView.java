package org.cocreate.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ResidentService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.Receipt;
import org.cocreate.exchange.RedemptionStatus;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionReport;
import org.cocreate.exchange.SessionStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.UserService;
import org.cocreate.security.ui.StaffNames;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * 兑换日报表: per item what was on the table, went out, came back and was counted (a difference stands out),
 * per counter and per staff member whom they served, the totals, and the day's receipts; an admin or the one
 * who opened the day voids a receipt of today with its reason. Prints on paper and downloads as CSV.
 */
@Route("exchange/sessions/:sessionId/report")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class SessionReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Badge status = new Badge("", Badge.Tone.NEUTRAL);
    final Span opened = new Span();
    final Span closed = new Span();
    final Span residents = new Span();
    final Span items = new Span();
    final Span points = new Span();
    final Span receiptCount = new Span();
    final Grid<SessionReport.ItemLine> itemGrid = new Grid<>();
    final Grid<SessionReport.ServedLine> counterGrid = new Grid<>();
    final Grid<SessionReport.ServedLine> staffGrid = new Grid<>();
    final Grid<Receipt> receiptGrid = new Grid<>();
    final Button print = new Button();
    final Anchor csv;
    final Paragraph notFound = new Paragraph();

    private final RedemptionService redemptions;
    private final ResidentService residentService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Locale locale;
    private final Formats formats = Formats.current();
    private final VerticalLayout content;
    private final Map<Long, String> residentNames = new HashMap<>();
    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();
    private @Nullable SessionReport report;

    SessionReportView(RedemptionService redemptions, ResidentService residentService, CurrentUser currentUser,
            Clock clock, UserService users) {
        this.redemptions = redemptions;
        this.users = users;
        this.residentService = residentService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.locale = getLocale();
        setPadding(false);
        setSpacing(false);

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("report-back");
        print.setText(getTranslation("common.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.setTestId("report-print");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        csv = new Anchor(Localized.download(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("sessionReport.csv"));
        csv.addClassName("sessions-csv-link");
        csv.setTestId("report-csv");

        heading.addClassName("register-detail-title");
        heading.setTestId("report-heading");
        status.setTestId("report-status");
        opened.setTestId("report-opened");
        closed.setTestId("report-closed");
        var meta = new Div(status, opened, closed);
        meta.addClassName("sessions-report-meta");

        residents.setTestId("report-residents");
        items.setTestId("report-items");
        points.setTestId("report-points");
        receiptCount.setTestId("report-receipts");
        var totals = new Div(residents, items, points, receiptCount);
        totals.addClassName("sessions-report-totals");

        configureItemGrid();
        configureServedGrid(counterGrid, "sessionReport.counter", "report-by-counter", UnaryOperator.identity());
        configureServedGrid(staffGrid, "sessionReport.staff", "report-by-staff", who -> staffNames.name(who));
        configureReceiptGrid();
        var served = new Div(section("sessionReport.byCounter", counterGrid),
                section("sessionReport.byStaff", staffGrid));
        served.addClassName("sessions-report-served");

        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("report-not-found");
        notFound.addClassName("register-content");
        notFound.setVisible(false);

        content = new VerticalLayout(new Div(heading, meta), totals, section("sessionReport.items", itemGrid), served,
                section("sessionReport.receipts", receiptGrid));
        content.setSpacing(false);
        content.addClassNames("register-content", "sessions-report");
        add(new ViewToolbar(getTranslation("sessionReport.title"), back, csv, print), content, notFound);
    }

    static RouteParameters parameters(long sessionId) {
        return CloseSessionView.parameters(sessionId);
    }

    private static Div section(String titleKey, Grid<?> grid) {
        var title = new H3(grid.getTranslation(titleKey));
        title.addClassName("sessions-report-section-title");
        var section = new Div(title, grid);
        section.addClassName("sessions-report-section");
        return section;
    }

    private void configureItemGrid() {
        itemGrid.addColumn(SessionReport.ItemLine::name).setHeader(getTranslation("sessionReport.item"))
                .setFlexGrow(2);
        number(itemGrid, "sessionReport.opening", SessionReport.ItemLine::opening);
        number(itemGrid, "sessionReport.redeemed", SessionReport.ItemLine::redeemed);
        number(itemGrid, "sessionReport.returned", SessionReport.ItemLine::returned);
        number(itemGrid, "sessionReport.adjusted", l -> formats.signed(l.adjusted()));
        number(itemGrid, "sessionReport.expected", SessionReport.ItemLine::expected);
        number(itemGrid, "sessionReport.counted", l -> l.counted() == null ? "" : l.counted());
        itemGrid.addComponentColumn(l -> {
            Integer diff = l.difference();
            var difference = new Span(diff == null ? "" : formats.signed(diff));
            difference.addClassName("sessions-difference");
            difference.getClassNames().set("sessions-difference-nonzero", diff != null && diff != 0);
            return difference;
        }).setHeader(getTranslation("sessionReport.difference")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        itemGrid.setPartNameGenerator(l -> l.difference() != null && l.difference() != 0 ? "sessions-differs" : null);
        itemGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        itemGrid.setAllRowsVisible(true);
        itemGrid.setTestId("report-item-grid");
        Localized.emptyState(itemGrid);
    }

    private void configureServedGrid(Grid<SessionReport.ServedLine> grid, String whoKey, String testId,
            UnaryOperator<String> name) {
        grid.addColumn(l -> l.who().isEmpty() ? getTranslation("sessionReport.unnamed") : name.apply(l.who()))
                .setHeader(getTranslation(whoKey)).setFlexGrow(2);
        number(grid, "sessionReport.residents", SessionReport.ServedLine::residents);
        number(grid, "sessionReport.itemCount", SessionReport.ServedLine::items);
        number(grid, "sessionReport.points", SessionReport.ServedLine::points);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setTestId(testId);
        Localized.emptyState(grid);
    }

    private void configureReceiptGrid() {
        receiptGrid.addColumn(r -> formats.time(r.createdAt()))
                .setHeader(getTranslation("sessionReport.time")).setAutoWidth(true).setFlexGrow(0);
        receiptGrid.addColumn(r -> residentName(r.residentId())).setHeader(getTranslation("sessionReport.resident"))
                .setAutoWidth(true).setFlexGrow(1);
        receiptGrid.addColumn(this::receiptLines).setHeader(getTranslation("sessionReport.goods")).setFlexGrow(3);
        number(receiptGrid, "sessionReport.points", Receipt::points);
        receiptGrid.addColumn(r -> (r.counterName() == null ? "" : r.counterName())
                + (r.servedBy() == null ? "" : " · " + staffNames.name(r.servedBy())))
                .setHeader(getTranslation("sessionReport.servedAt")).setAutoWidth(true).setFlexGrow(1);
        receiptGrid.addComponentColumn(this::receiptStatus).setHeader(getTranslation("sessionReport.status"))
                .setAutoWidth(true).setFlexGrow(0);
        receiptGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        receiptGrid.setAllRowsVisible(true);
        receiptGrid.setTestId("report-receipt-grid");
        Localized.emptyState(receiptGrid);
    }

    private <T> void number(Grid<T> grid, String headerKey, com.vaadin.flow.function.ValueProvider<T, ?> value) {
        grid.addColumn(value).setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    String receiptLines(Receipt receipt) {
        return receipt.lines().stream().map(l -> getTranslation("sessionReport.line", l.name(), l.quantity(), l.unit()))
                .collect(Collectors.joining(getTranslation("common.listSeparator")));
    }

    private Div receiptStatus(Receipt receipt) {
        var cell = new Div(ExchangeBadges.receipt(this, receipt.status()));
        cell.addClassName("sessions-receipt-status");
        if (mayVoid(receipt)) {
            var voidButton = new Button(getTranslation("sessionReport.void"), VaadinIcon.BAN.create(),
                    e -> new VoidReceiptDialog(redemptions, receipt, residentName(receipt.residentId()),
                            receiptLines(receipt), this::refresh).open());
            voidButton.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            voidButton.addClassName("no-print");
            voidButton.setTestId("report-void-" + receipt.redemptionId());
            cell.add(voidButton);
        }
        return cell;
    }

    /** The service decides; this only keeps the button away from who would be refused. */
    boolean mayVoid(Receipt receipt) {
        SessionReport shown = report;
        if (shown == null || receipt.status() != RedemptionStatus.DONE
                || !receipt.createdAt().toLocalDate().equals(LocalDate.now(clock))) {
            return false;
        }
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        return currentUser.has(Role.WORKER) && currentUser.get()
                .map(u -> u.username().equals(shown.session().openedBy())).orElse(false);
    }

    private String residentName(long residentId) {
        return residentNames.computeIfAbsent(residentId, id -> {
            if (currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER) || currentUser.has(Role.COUNTER)) {
                try {
                    return residentService.get(id).name();
                } catch (NotFoundException | AccessDeniedException notVisible) {
                    // Falls through to the number: the receipt still shows.
                }
            }
            return getTranslation("sessionReport.residentNumber", id);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = CloseSessionView.sessionId(event);
        try {
            report = id == null ? null : redemptions.report(id);
        } catch (NotFoundException notVisible) {
            report = null;
        }
        content.setVisible(report != null);
        csv.setVisible(report != null);
        print.setVisible(report != null);
        notFound.setVisible(report == null);
        if (report != null) {
            show(report, redemptions.receipts(report.session().id()));
        }
    }

    void refresh() {
        SessionReport shown = report;
        if (shown != null) {
            report = redemptions.report(shown.session().id());
            show(report, redemptions.receipts(shown.session().id()));
        }
    }

    private void show(SessionReport shownReport, List<Receipt> receipts) {
        SessionEntry session = shownReport.session();
        staffNames = StaffNames.of(users, Stream.of(Stream.of(session.openedBy(), session.closedBy()),
                shownReport.byStaff().stream().map(SessionReport.ServedLine::who),
                receipts.stream().map(Receipt::servedBy)).flatMap(names -> names));
        heading.setText(getTranslation("sessions.heading", formats.date(session.date()), session.place()));
        status.setText(getTranslation(session.status().translationKey()));
        status.tone(ExchangeBadges.tone(session.status()));
        opened.setText(getTranslation("sessionReport.openedBy", nameOr(session.openedBy() == null ? null : staffNames.name(session.openedBy())),
                formats.dateTime(session.openedAt())));
        closed.setVisible(session.status() == SessionStatus.CLOSED && session.closedAt() != null);
        if (session.closedAt() != null) {
            closed.setText(getTranslation("sessionReport.closedBy", nameOr(session.closedBy() == null ? null : staffNames.name(session.closedBy())),
                    formats.dateTime(session.closedAt())));
        }
        residents.setText(getTranslation("sessionReport.totalResidents", shownReport.residentsServed()));
        items.setText(getTranslation("sessionReport.totalItems", shownReport.itemsHandedOut()));
        points.setText(getTranslation("sessionReport.totalPoints", shownReport.points()));
        receiptCount.setText(getTranslation("sessionReport.totalReceipts",
                receipts.stream().filter(r -> r.status() == RedemptionStatus.DONE).count(),
                receipts.stream().filter(r -> r.status() == RedemptionStatus.VOIDED).count()));
        itemGrid.setItems(shownReport.items());
        counterGrid.setItems(shownReport.byCounter());
        staffGrid.setItems(shownReport.byStaff());
        receiptGrid.setItems(receipts);
    }

    private String nameOr(@Nullable String name) {
        return name == null ? getTranslation("sessionReport.unnamed") : name;
    }

    /** The report as CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese text correctly. */
    byte[] csv() {
        SessionReport shown = report;
        return shown == null ? new byte[0] : SessionReportCsv.bytes(shown, (key, args) -> getTranslation(locale, key,
                args), staffNames::name);
    }

    String fileName() {
        SessionReport shown = report;
        return shown == null ? "report.csv" : "redemption-day-" + shown.session().date() + "-" + shown.session().id()
                + ".csv";
    }

    @Override
    public String getPageTitle() {
        SessionReport shown = report;
        return shown == null ? getTranslation("sessionReport.title")
                : getTranslation("sessionReport.title") + " · " + formats.date(shown.session().date());
    }
}
