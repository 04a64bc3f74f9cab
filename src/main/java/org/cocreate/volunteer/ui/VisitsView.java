package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ResidentName;
import org.cocreate.community.ResidentService;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ui.GrantOffers;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.volunteer.OverdueVisit;
import org.cocreate.volunteer.VisitCheck;
import org.cocreate.volunteer.VisitDraft;
import org.cocreate.volunteer.VisitEntry;
import org.cocreate.volunteer.VisitService;
import org.jspecify.annotations.Nullable;

/**
 * 上门走访 (双阳): on the worker's tablet or phone, the elderly due for a visit (never visited first; a tap records
 * the visit to them), the visits someone must follow up (closed with what was done), and the latest visits, each
 * offering the standard's points to its volunteers. 记录走访: whom, who went (the register's search or a card),
 * when, how long, what was checked, notes and a follow-up; each refusal at its field. An admin sets after how
 * many days an elderly resident is due again.
 */
@Route("volunteer/visits")
@Menu(order = 72, icon = "vaadin:heart", title = "nav.volunteerVisits")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class VisitsView extends VerticalLayout implements HasDynamicTitle {

    /** The latest visits shown: about two weeks of a busy community's. */
    static final int RECENT = 20;
    /**
     * The residents due shown at once: a community that starts recording has hundreds never visited, and a tablet
     * page of hundreds of rows helps nobody; the rest follow as the first are visited.
     */
    static final int DUE_SHOWN = 30;

    final Button record = new Button();
    final Button interval = new Button();
    final H2 overdueTitle = new H2();
    final Div overdue = new Div();
    final H2 followUpsTitle = new H2();
    final Div followUps = new Div();
    final Div recent = new Div();

    private final VisitService visits;
    private final ResidentService residents;
    private final long communityId;
    private final boolean staff;
    private final Clock clock;

    VisitsView(VisitService visits, ResidentService residents, WorkingCommunity workingCommunity,
            CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.residents = residents;
        this.communityId = workingCommunity.id();
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        this.clock = clock;
        setPadding(false);
        addClassName("volunteer-visit-page");
        record.setText(getTranslation("visits.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        record.setTestId("visits-record");
        record.setVisible(staff);
        record.addClickListener(e -> recordDialog(null));
        interval.setIcon(VaadinIcon.CLOCK.create());
        interval.addThemeVariants(ButtonVariant.TERTIARY);
        interval.setTestId("visits-interval");
        interval.setVisible(currentUser.has(Role.ADMIN));
        interval.addClickListener(e -> intervalDialog());
        overdue.addClassName("volunteer-visit-list");
        overdue.setTestId("visits-overdue");
        followUps.addClassName("volunteer-visit-list");
        followUps.setTestId("visits-follow-ups");
        recent.addClassName("volunteer-visit-list");
        recent.setTestId("visits-recent");
        var content = new VerticalLayout(overdueTitle, overdue, followUpsTitle, followUps,
                new H2(getTranslation("visits.recent")), recent);
        content.addClassName("volunteer-visit-content");
        add(new ViewToolbar(getTranslation("nav.volunteerVisits"), interval, record), content);
        refresh();
    }

    void refresh() {
        interval.setText(getTranslation("visits.interval", visits.intervalDays(communityId)));
        List<OverdueVisit> due = visits.overdue(communityId);
        overdueTitle.setText(getTranslation("visits.overdue", due.size()));
        overdue.removeAll();
        due.stream().limit(DUE_SHOWN).forEach(resident -> overdue.add(overdueRow(resident)));
        if (due.isEmpty()) {
            overdue.add(empty("visits.overdue.none"));
        } else if (due.size() > DUE_SHOWN) {
            var more = new Paragraph(getTranslation("visits.overdue.more", due.size() - DUE_SHOWN));
            more.addClassName("volunteer-visit-details");
            overdue.add(more);
        }
        List<VisitEntry> open = visits.openFollowUps(communityId);
        followUpsTitle.setText(getTranslation("visits.followUps", open.size()));
        followUps.removeAll();
        open.forEach(visit -> followUps.add(visitRow(visit, null, true)));
        if (open.isEmpty()) {
            followUps.add(empty("visits.followUps.none"));
        }
        // The standard's rule for a visit today, offered to each visit's volunteers (staff only).
        RuleEntry rule = staff ? visits.grantRule(communityId, LocalDate.now(clock)).orElse(null) : null;
        List<VisitEntry> latest = visits.recentVisits(communityId, RECENT);
        recent.removeAll();
        latest.forEach(visit -> recent.add(visitRow(visit, rule, false)));
        if (latest.isEmpty()) {
            recent.add(empty("visits.recent.none"));
        }
    }

    private Paragraph empty(String key) {
        var none = new Paragraph(getTranslation(key));
        none.addClassName("review-empty");
        return none;
    }

    /** A resident due: for staff one tap opens the record dialog with them chosen. */
    private Component overdueRow(OverdueVisit due) {
        var name = new Span(due.name());
        name.addClassName("volunteer-visit-name");
        var address = new Span(due.address());
        address.addClassName("volunteer-visit-details");
        Integer days = due.daysSince();
        var since = days == null ? new Badge(getTranslation("visits.overdue.never"), Badge.Tone.ERROR)
                : new Badge(getTranslation("visits.overdue.days", days), Badge.Tone.WARNING);
        if (!staff) {
            var row = new Div(name, address, since);
            row.addClassName("volunteer-visit-row");
            row.setTestId("visit-overdue-" + due.residentId());
            return row;
        }
        var row = new Button();
        row.getElement().appendChild(name.getElement(), address.getElement(), since.getElement());
        row.addClassNames("volunteer-visit-row", "volunteer-visit-due");
        row.setTestId("visit-overdue-" + due.residentId());
        row.addClickListener(e -> recordDialog(new ResidentName(due.residentId(), due.name())));
        return row;
    }

    /** A visit: when, whom, who went, how long, what was checked and noted; its follow-up or its points. */
    private Div visitRow(VisitEntry visit, @Nullable RuleEntry rule, boolean followUp) {
        var who = new Span(visit.visitedName());
        who.addClassName("volunteer-visit-name");
        String volunteers = visit.volunteers().stream().map(ResidentName::name)
                .collect(Collectors.joining(getTranslation("common.listSeparator")));
        var facts = new Span(getTranslation("visits.line.facts", Formats.current().dateTime(visit.visitedAt()),
                visit.minutes(), volunteers));
        facts.addClassName("volunteer-visit-details");
        var text = new Div(who, facts);
        text.addClassName("volunteer-visit-text");
        var checks = new Div();
        checks.addClassName("volunteer-visit-checks");
        visit.checks().stream().sorted().forEach(check -> checks.add(new Badge(getTranslation(check.translationKey()),
                Badge.Tone.NEUTRAL)));
        if (visit.followUpOpen()) {
            checks.add(new Badge(getTranslation("visits.line.followUp"), Badge.Tone.WARNING));
        } else if (visit.followUp()) {
            checks.add(new Badge(getTranslation("visits.line.followedUp"), Badge.Tone.SUCCESS));
        }
        text.add(checks);
        if (visit.notes() != null) {
            var notes = new Paragraph(visit.notes());
            notes.addClassName("volunteer-visit-notes");
            text.add(notes);
        }
        if (visit.followUpNote() != null) {
            var done = new Paragraph(visit.followUpNote());
            done.addClassName("volunteer-visit-notes");
            text.add(done);
        }
        var row = new Div(text);
        row.addClassName("volunteer-visit-row");
        row.setTestId((followUp ? "visit-follow-up-" : "visit-") + visit.id());
        if (staff && followUp) {
            var close = new Button(getTranslation("visits.followUp.close"), VaadinIcon.CHECK.create(),
                    e -> followUpDialog(visit));
            close.setTestId("visit-follow-up-close-" + visit.id());
            row.add(close);
        } else if (staff && rule != null) {
            var grant = new Button(getTranslation("visits.grant"), VaadinIcon.GIFT.create(),
                    e -> getUI().ifPresent(ui -> GrantOffers.open(ui, visit.volunteerIds(), rule.id(),
                            getTranslation("visits.grant.note", visit.visitedName()))));
            grant.addThemeVariants(ButtonVariant.TERTIARY);
            grant.setTestId("visit-grant-" + visit.id());
            row.add(grant);
        }
        return row;
    }

    /** 记录走访, with the resident visited already chosen when opened from the list of those due. */
    void recordDialog(@Nullable ResidentName visited) {
        var visitedChoice = new ResidentChips(residents, communityId, getTranslation("visits.form.visited"), 1,
                "visit-visited");
        if (visited != null) {
            visitedChoice.add(visited);
        }
        var volunteers = new ResidentChips(residents, communityId, getTranslation("visits.form.volunteers"),
                VisitDraft.VOLUNTEERS_MAX, "visit-volunteers");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        DatePicker date = Localized.datePicker(getTranslation("visits.form.date"));
        date.setValue(now.toLocalDate());
        date.setMax(now.toLocalDate());
        date.setTestId("visit-date");
        var time = new TimePicker(getTranslation("visits.form.time"));
        time.setValue(now.toLocalTime());
        time.setTestId("visit-time");
        var minutes = new IntegerField(getTranslation("visits.form.minutes"));
        minutes.setMin(VisitDraft.MINUTES_MIN);
        minutes.setMax(VisitDraft.MINUTES_MAX);
        // Steps of 5 from the least (5): the field marks a value off its steps invalid, as 30 was with steps of 15.
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(30);
        minutes.setTestId("visit-minutes");
        var checks = new CheckboxGroup<VisitCheck>(getTranslation("visits.form.checks"));
        checks.setItems(VisitCheck.values());
        checks.setItemLabelGenerator(check -> getTranslation(check.translationKey()));
        checks.addClassName("volunteer-visit-check-boxes");
        checks.setTestId("visit-checks");
        var notes = new TextArea(getTranslation("visits.form.notes"));
        notes.setMaxLength(VisitDraft.NOTES_MAX);
        notes.setPlaceholder(getTranslation("visits.form.notesPlaceholder"));
        notes.setTestId("visit-notes");
        var followUp = new Checkbox(getTranslation("visits.form.followUp"));
        followUp.setTestId("visit-follow-up");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 3));
        form.add(visitedChoice, 3);
        form.add(volunteers, 3);
        form.add(date, time, minutes);
        form.add(checks, 3);
        form.add(notes, 3);
        form.add(followUp, 3);
        var dialog = new FormDialog(getTranslation("visits.record"), form).width(FormDialog.Width.WIDE)
                .refusalsAt(Map.of("visitedResidentId", visitedChoice.field(), "volunteerIds", volunteers.field(),
                        "visitedAt", time, "minutes", minutes, "checks", checks, "notes", notes));
        dialog.primary(getTranslation("visits.form.save"), () -> {
            LocalDateTime at = date.getValue() == null || time.getValue() == null ? null
                    : date.getValue().atTime(time.getValue());
            VisitEntry saved = visits.record(communityId, new VisitDraft(visitedChoice.ids().stream().findFirst()
                    .orElse(null), volunteers.ids(), at, minutes.getValue(), checks.getValue(), notes.getValue(),
                    followUp.getValue()));
            Notifications.success("visits.recorded", saved.visitedName());
            refresh();
            return true;
        }).setTestId("visit-save");
        dialog.open(visited == null ? visitedChoice.field() : volunteers.field());
    }

    /** 已跟进: what was done about it, required. */
    private void followUpDialog(VisitEntry visit) {
        var note = new TextArea(getTranslation("visits.followUp.note"));
        note.setMaxLength(VisitDraft.FOLLOW_UP_NOTE_MAX);
        note.setPlaceholder(getTranslation("visits.followUp.notePlaceholder"));
        note.setWidthFull();
        note.setTestId("visit-follow-up-note");
        var dialog = new FormDialog(getTranslation("visits.followUp.title", visit.visitedName()), note)
                .refusalsAt(Map.of("note", note));
        dialog.primary(getTranslation("common.save"), () -> {
            visits.closeFollowUp(visit.id(), note.getValue());
            Notifications.success("visits.followUp.closed", visit.visitedName());
            refresh();
            return true;
        }).setTestId("visit-follow-up-save");
        dialog.open(note);
    }

    /** 走访间隔: after how many days an elderly resident is due again (admin). */
    private void intervalDialog() {
        var days = new IntegerField(getTranslation("visits.interval.days"));
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setValue(visits.intervalDays(communityId));
        days.setHelperText(getTranslation("visits.interval.help"));
        days.setTestId("visits-interval-days");
        var dialog = new FormDialog(getTranslation("visits.interval.title"), days).width(FormDialog.Width.NARROW)
                .refusalsAt(Map.of("intervalDays", days));
        dialog.primary(getTranslation("common.save"), () -> {
            int set = visits.setIntervalDays(communityId, Optional.ofNullable(days.getValue()).orElse(0));
            Notifications.success("visits.interval.saved", set);
            refresh();
            return true;
        }).setTestId("visits-interval-save");
        dialog.open(days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteerVisits");
    }
}
