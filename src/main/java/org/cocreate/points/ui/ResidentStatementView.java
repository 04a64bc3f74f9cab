package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.points.AccountHolder;
import org.cocreate.points.GrantLine;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.PointsService;
import org.cocreate.points.Statement;
import org.cocreate.points.StatementLine;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * A resident's statement (积分明细): who, the balance now, and every entry of a period with the balance
 * it left, between the opening and the closing balance. A worker prints it for the resident. A resident
 * of another community shows exactly like one that does not exist.
 */
@Route("points/residents/:residentId/statement")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class ResidentStatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();

    static final String PARAMETER = "residentId";
    static final String FROM = "from";
    static final String TO = "to";

    final H2 name = new H2();
    final Span address = new Span();
    final Button household = new Button();
    final Span balance = new Span();
    /** Grants on their way (approval, public notice): shown, but not in the balance and not spendable. */
    final Span pending = new Span();
    final Map<StatementPeriod, Button> presets = new EnumMap<>(StatementPeriod.class);
    final DatePicker from;
    final DatePicker to;
    final Span opening = new Span();
    final Span added = new Span();
    final Span taken = new Span();
    final Span closing = new Span();
    final Grid<StatementLine> grid = new Grid<>();
    final Button print = new Button();
    final Paragraph notFound = new Paragraph();

    private final PointsService points;
    private final GrantReviewService review;
    private final Clock clock;
    private final Formats formats = Formats.current();
    private final VerticalLayout content;
    private @Nullable AccountHolder holder;
    private boolean settingPeriod;

    ResidentStatementView(PointsService points, GrantReviewService review, Clock clock, UserService users) {
        this.users = users;
        this.points = points;
        this.review = review;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("statement-back");
        print.setText(getTranslation("common.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setTestId("statement-print");
        print.addClickListener(e -> openPrint());

        name.addClassName("register-detail-title");
        name.setTestId("statement-name");
        address.addClassName("register-detail-subtitle");
        address.setTestId("statement-address");
        household.setText(getTranslation("points.statement.household"));
        household.setIcon(VaadinIcon.HOME.create());
        household.addThemeVariants(ButtonVariant.TERTIARY);
        household.setTestId("statement-household");
        household.addClickListener(e -> openHousehold());
        var who = new Div(name, new Div(address, household));
        who.addClassName("points-statement-who");

        var balanceLabel = new Span(getTranslation("points.statement.balance"));
        balanceLabel.addClassName("points-balance-label");
        balance.addClassName("points-balance");
        balance.setTestId("statement-balance");
        pending.addClassName("points-pending");
        pending.setTestId("statement-pending");
        pending.setVisible(false);
        var balanceBox = new Div(balanceLabel, balance, pending);
        balanceBox.addClassName("points-balance-box");
        var header = new Div(who, balanceBox);
        header.addClassName("points-statement-header");

        for (StatementPeriod period : StatementPeriod.values()) {
            var button = new Button(getTranslation(period.translationKey()), e -> choose(period));
            button.setTestId("statement-period-" + period.name().toLowerCase(java.util.Locale.ROOT));
            presets.put(period, button);
        }
        var presetBar = new HorizontalLayout(presets.values().toArray(Button[]::new));
        presetBar.setSpacing(false);
        presetBar.addClassName("points-presets");

        from = Localized.datePicker(getTranslation("points.statement.from"));
        from.setPlaceholder(getTranslation("points.statement.fromBeginning"));
        from.setClearButtonVisible(true);
        from.setTestId("statement-from");
        from.addClassName("points-date");
        to = Localized.datePicker(getTranslation("points.statement.to"));
        to.setPlaceholder(getTranslation("common.today"));
        to.setClearButtonVisible(true);
        to.setTestId("statement-to");
        to.addClassName("points-date");
        from.addValueChangeListener(e -> periodChanged());
        to.addValueChangeListener(e -> periodChanged());
        // The two dates wrap as one: never the start on one line and the end on the next.
        var dates = new HorizontalLayout(from, to);
        dates.addClassName("points-dates");
        var filters = new HorizontalLayout(presetBar, dates);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        filters.addClassName("points-filters");

        opening.setTestId("statement-opening");
        added.setTestId("statement-added");
        taken.setTestId("statement-taken");
        closing.setTestId("statement-closing");
        var summary = new Div(opening, added, taken, closing);
        summary.addClassName("points-statement-summary");

        configureGrid();

        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("statement-not-found");
        notFound.setVisible(false);

        content = new VerticalLayout(header, filters, summary, grid);
        content.setSizeFull();
        content.setSpacing(false);
        content.addClassNames("register-content", "points-statement");
        content.setFlexGrow(1, grid);
        notFound.addClassName("register-content");
        setSizeFull();
        add(new ViewToolbar(getTranslation("points.statement.title"), back, print), content, notFound);
        setFlexGrow(1, content);
    }

    private void configureGrid() {
        grid.addColumn(l -> formats.dateTime(l.postedAt()))
                .setHeader(getTranslation("points.statement.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation(l.kind().translationKey()))
                .setHeader(getTranslation("points.statement.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.ruleName() == null ? "" : l.ruleName())
                .setHeader(getTranslation("points.statement.column.rule")).setFlexGrow(2);
        grid.addColumn(l -> l.note() == null ? "" : l.note())
                .setHeader(getTranslation("points.statement.column.note")).setFlexGrow(2);
        grid.addComponentColumn(l -> {
            var amount = new Span(formats.signed(l.amount()));
            amount.addClassName(StatementFormat.amountClass(l.amount()));
            return amount;
        }).setHeader(getTranslation("points.statement.column.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.balanceAfter().toString())
                .setHeader(getTranslation("points.statement.column.balance")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> staffNames.name(l.createdBy()))
                .setHeader(getTranslation("points.statement.column.by")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("points-statement-grid");
        grid.setWidthFull();
        grid.setTestId("statement-grid");
        Localized.emptyState(grid);
    }

    static RouteParameters parameters(long residentId) {
        return new RouteParameters(PARAMETER, String.valueOf(residentId));
    }

    /** The period as the address carries it: from (absent for all) and to (absent for today). */
    static QueryParameters query(@Nullable LocalDate from, @Nullable LocalDate to) {
        Map<String, String> query = new LinkedHashMap<>();
        if (from != null) {
            query.put(FROM, from.toString());
        }
        if (to != null) {
            query.put(TO, to.toString());
        }
        return QueryParameters.simple(query);
    }

    /** A date from the address; a missing or mistyped one counts as not given. */
    static @Nullable LocalDate date(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException mistyped) {
                return null;
            }
        }).orElse(null);
    }

    static @Nullable Long parseId(Optional<String> text) {
        try {
            return text.map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = parseId(event.getRouteParameters().get(PARAMETER));
        if (id == null) {
            showNotFound();
            return;
        }
        try {
            holder = points.accountHolder(id);
        } catch (NotFoundException notVisible) {
            showNotFound();
            return;
        }
        name.setText(holder.name());
        address.setText(holder.communityName() + " " + holder.address());
        balance.setText(holder.balance().toString());
        List<GrantLine> onTheirWay = review.openGrants(id);
        long pendingSum = onTheirWay.stream().mapToLong(GrantLine::amount).sum();
        pending.setText(getTranslation("points.statement.pending", onTheirWay.size(),
                formats.signed(pendingSum)));
        pending.setVisible(!onTheirWay.isEmpty());
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey(FROM) || query.getParameters().containsKey(TO)) {
            setPeriod(date(query, FROM), date(query, TO));
        } else {
            choose(StatementPeriod.LAST_12_MONTHS);
        }
        content.setVisible(true);
        print.setVisible(true);
        notFound.setVisible(false);
    }

    private void showNotFound() {
        holder = null;
        content.setVisible(false);
        print.setVisible(false);
        grid.setItems(List.of());
        notFound.setVisible(true);
    }

    private void choose(StatementPeriod period) {
        LocalDate today = LocalDate.now(clock);
        setPeriod(period.from(today), period.to(today));
    }

    private void setPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
        settingPeriod = true;
        try {
            from.setValue(start);
            to.setValue(end);
        } finally {
            settingPeriod = false;
        }
        periodChanged();
    }

    private void periodChanged() {
        if (settingPeriod || holder == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        presets.forEach((period, button) -> {
            boolean chosen = java.util.Objects.equals(period.from(today), from.getValue())
                    && period.to(today).equals(to.getValue());
            button.removeThemeVariants(ButtonVariant.PRIMARY);
            if (chosen) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
        });
        to.setInvalid(false);
        Statement statement;
        try {
            statement = points.statement(holder.residentId(), start(), end());
        } catch (RefusedException refusal) {
            to.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            to.setInvalid(true);
            grid.setItems(List.of());
            return;
        }
        show(statement);
    }

    private void show(Statement statement) {
        List<StatementLine> lines = statement.lines();
        staffNames = StaffNames.of(users, lines.stream().map(StatementLine::createdBy));
        opening.setText(getTranslation("points.statement.opening", statement.opening()));
        added.setText(getTranslation("points.statement.added", formats.signed(StatementFormat.added(lines))));
        taken.setText(getTranslation("points.statement.taken", formats.signed(-StatementFormat.taken(lines))));
        closing.setText(getTranslation("points.statement.closing", statement.closing()));
        grid.setItems(lines);
    }

    private LocalDate start() {
        return from.getValue() == null ? StatementPeriod.BEGINNING : from.getValue();
    }

    private LocalDate end() {
        return to.getValue() == null ? LocalDate.now(clock) : to.getValue();
    }

    private void openPrint() {
        AccountHolder shown = holder;
        if (shown == null || to.isInvalid()) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ResidentStatementPrintView.class, parameters(shown.residentId()),
                query(from.getValue(), end())));
    }

    private void openHousehold() {
        AccountHolder shown = holder;
        if (shown != null) {
            getUI().ifPresent(ui -> ui.navigate(HouseholdPointsView.class,
                    HouseholdPointsView.parameters(shown.householdId())));
        }
    }

    @Override
    public String getPageTitle() {
        AccountHolder shown = holder;
        return shown == null ? getTranslation("points.statement.title")
                : getTranslation("points.statement.title") + " · " + shown.name();
    }
}
