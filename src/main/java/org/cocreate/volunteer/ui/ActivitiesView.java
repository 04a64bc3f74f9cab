package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.volunteer.ActivityDraft;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.ActivityType;
import org.cocreate.volunteer.RecurrenceService;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.SeriesEntry;
import org.cocreate.volunteer.ShiftDraft;
import org.jspecify.annotations.Nullable;

/**
 * 志愿活动: the working community's activities of the last four weeks and the coming three months; a row opens
 * its roster. Workers create an activity here: what, where, when, and up to three shifts (a role and how many
 * people), each refused at its own field.
 */
@Route("volunteer/activities")
@Menu(order = 71, icon = "vaadin:calendar-user", title = "nav.volunteerActivities")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class ActivitiesView extends VerticalLayout implements HasDynamicTitle {

    /** Shift rows in the form: a health check has two or three roles; more come with the activity's page. */
    static final int SHIFT_ROWS = 3;

    final Button create = new Button();
    final Button recurring = new Button();
    final Grid<ActivityEntry> grid = new Grid<>();
    final Div seriesList = new Div();

    private final RosterService rosters;
    private final RecurrenceService recurrence;
    private final long communityId;
    private final Clock clock;

    ActivitiesView(RosterService rosters, RecurrenceService recurrence, WorkingCommunity workingCommunity,
            CurrentUser currentUser, Clock clock) {
        this.rosters = rosters;
        this.recurrence = recurrence;
        this.communityId = workingCommunity.id();
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        create.setText(getTranslation("activities.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.setTestId("activities-new");
        create.setVisible(currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER));
        create.addClickListener(e -> createDialog());
        recurring.setText(getTranslation("activities.recurring"));
        recurring.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        recurring.setTestId("activities-recurring");
        recurring.setVisible(create.isVisible());
        recurring.addClickListener(e -> recurringDialog());

        grid.addComponentColumn(this::cell).setHeader(getTranslation("activities.column.activity")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("activities.places", a.shifts().stream().mapToInt(s -> s.signedUp()).sum(),
                a.shifts().stream().mapToInt(s -> s.capacity()).sum()))
                .setHeader(getTranslation("activities.column.signedUp")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RosterView.class,
                RosterView.parameters(e.getItem().id()))));
        grid.setSizeFull();
        grid.setTestId("activities-grid");
        Localized.emptyState(grid);
        seriesList.addClassName("roster-lines");
        seriesList.setTestId("series-list");
        var content = new VerticalLayout(seriesList, grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("nav.volunteerActivities"), recurring, create), content);
        setFlexGrow(1, content);
        refresh();
    }

    void refresh() {
        showSeries();
        LocalDate today = LocalDate.now(clock);
        grid.setItems(rosters.activitiesBetween(communityId, today.minusWeeks(4), today.plusMonths(3)));
    }

    private Component cell(ActivityEntry activity) {
        var title = new Span(activity.title());
        title.addClassName("proposals-title");
        var details = new Span(Formats.current().date(activity.startsAt().toLocalDate()) + " · "
                + VolunteerTexts.facts(this, activity));
        details.addClassName("proposals-details");
        var cell = new Div(title, details);
        cell.addClassName("proposals-cell");
        cell.setTestId("activity-row-" + activity.id());
        return cell;
    }

    /** 新建活动: next Saturday 8:00–10:00 as a start, one shift of ten. */
    void createDialog() {
        var title = new TextField(getTranslation("activities.form.title"));
        title.setMaxLength(ActivityDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setTestId("activity-title");
        var type = new Select<ActivityType>();
        type.setLabel(getTranslation("activities.form.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(ActivityType.CLEAN_UP);
        type.setTestId("activity-type");
        var place = new TextField(getTranslation("activities.form.place"));
        place.setMaxLength(ActivityDraft.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setTestId("activity-place");
        DatePicker date = Localized.datePicker(getTranslation("activities.form.date"));
        date.setValue(LocalDate.now(clock).plusDays(1));
        date.setTestId("activity-date");
        var from = new TimePicker(getTranslation("activities.form.from"));
        from.setStep(Duration.ofMinutes(15));
        from.setValue(LocalTime.of(8, 0));
        from.setTestId("activity-from");
        var to = new TimePicker(getTranslation("activities.form.to"));
        to.setStep(Duration.ofMinutes(15));
        to.setValue(LocalTime.of(10, 0));
        to.setTestId("activity-to");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 3));
        form.add(title, 2);
        form.add(type, 1);
        form.add(place, 3);
        form.add(date, from, to);
        Map<String, HasValidation> refusals = new HashMap<>(Map.of("title", title, "type", type, "place", place,
                "startsAt", from, "endsAt", to));
        List<TextField> roles = new ArrayList<>();
        List<IntegerField> capacities = new ArrayList<>();
        for (int i = 0; i < SHIFT_ROWS; i++) {
            var role = new TextField(getTranslation("activities.form.role", i + 1));
            role.setMaxLength(ShiftDraft.ROLE_MAX);
            role.setPlaceholder(getTranslation(i == 0 ? "activities.form.rolePlaceholder" : "activities.form.optional"));
            role.setTestId("activity-role-" + i);
            var capacity = new IntegerField(getTranslation("activities.form.capacity"));
            capacity.setMin(1);
            capacity.setMax(ShiftDraft.CAPACITY_MAX);
            capacity.setStepButtonsVisible(true);
            capacity.setTestId("activity-capacity-" + i);
            if (i == 0) {
                role.setValue(getTranslation("activities.form.firstRole"));
                capacity.setValue(10);
            }
            roles.add(role);
            capacities.add(capacity);
            form.add(role, 2);
            form.add(capacity, 1);
            refusals.put("shifts." + i + ".role", role);
            refusals.put("shifts." + i + ".capacity", capacity);
            refusals.put("shifts." + i + ".startsAt", role);
        }
        refusals.put("shifts", roles.getFirst());
        var dialog = new FormDialog(getTranslation("activities.new"), form).refusalsAt(refusals);
        dialog.primary(getTranslation("activities.create"), () -> {
            LocalDateTime startsAt = at(date.getValue(), from.getValue());
            LocalDateTime endsAt = at(date.getValue(), to.getValue());
            List<ShiftDraft> shifts = new ArrayList<>();
            for (int i = 0; i < SHIFT_ROWS; i++) {
                boolean empty = roles.get(i).getValue().isBlank() && capacities.get(i).getValue() == null;
                if (i == 0 || !empty) {
                    shifts.add(new ShiftDraft(roles.get(i).getValue(), null, null, capacities.get(i).getValue()));
                }
            }
            ActivityEntry created = rosters.createActivity(communityId, new ActivityDraft(title.getValue(),
                    type.getValue(), place.getValue(), null, null, null, startsAt, endsAt), shifts);
            getUI().ifPresent(ui -> ui.navigate(RosterView.class, RosterView.parameters(created.id())));
            return true;
        }).setTestId("activity-save");
        dialog.open(title);
    }

    /**
     * 定期活动: every chosen weekday from one time to another, from a first day (to a last, a year at most), with
     * up to three roles; the coming weeks' occurrences are made at once and appear in the list.
     */
    void recurringDialog() {
        var fields = new SeriesFields(LocalDate.now(clock));
        var dialog = new FormDialog(getTranslation("activities.recurring"), fields).refusalsAt(fields.refusals());
        dialog.primary(getTranslation("activities.create"), () -> {
            SeriesEntry created = recurrence.createSeries(communityId, fields.draft());
            Notifications.success("activities.series.created", created.title(), created.occurrences());
            refresh();
            return true;
        }).setTestId("series-save");
        dialog.open(fields.title);
    }

    /**
     * 修改规则: the same fields, filled; only the occurrences to come change (those whose day remains keep their
     * sign-ups), which the dialog says before the worker saves.
     */
    void changeDialog(SeriesEntry rule) {
        var fields = new SeriesFields(LocalDate.now(clock));
        fields.fill(rule);
        var hint = new Paragraph(getTranslation("activities.series.changeHint"));
        hint.addClassName("proposals-details");
        var dialog = new FormDialog(getTranslation("activities.series.changeTitle", rule.title()), hint, fields)
                .refusalsAt(fields.refusals());
        dialog.primary(getTranslation("common.save"), () -> {
            SeriesEntry changed = recurrence.changeSeries(rule.id(), fields.draft());
            Notifications.success("activities.series.changed", changed.title(), changed.occurrences());
            refresh();
            return true;
        }).setTestId("series-change-save");
        dialog.open(fields.title);
    }

    /** The community's rules, each with its days and times and a button to change it (staff). */
    private void showSeries() {
        seriesList.removeAll();
        List<SeriesEntry> rules = recurrence.seriesOf(communityId);
        seriesList.setVisible(!rules.isEmpty());
        for (SeriesEntry rule : rules) {
            var title = new Span(rule.title());
            title.addClassName("meeting-member-name");
            String days = rule.weekdays().stream().sorted()
                    .map(day -> day.getDisplayName(TextStyle.SHORT, getLocale()))
                    .collect(java.util.stream.Collectors.joining("、"));
            var details = new Span(getTranslation("activities.series.line", days, rule.from(), rule.to(),
                    Formats.current().date(rule.lastDay()), rule.occurrences()));
            details.addClassName("proposals-details");
            var who = new Div(title, details);
            who.addClassName("meeting-member-who");
            var row = new Div(who);
            row.addClassName("roster-line");
            row.setTestId("series-row-" + rule.id());
            if (create.isVisible()) {
                var change = new Button(getTranslation("activities.series.change"), VaadinIcon.EDIT.create(),
                        e -> changeDialog(rule));
                change.addThemeVariants(ButtonVariant.TERTIARY);
                change.setTestId("series-change-" + rule.id());
                row.add(change);
            }
            seriesList.add(row);
        }
    }

    private static @Nullable LocalDateTime at(@Nullable LocalDate day, @Nullable LocalTime time) {
        return day == null || time == null ? null : day.atTime(time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteerActivities");
    }
}
