package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.ActivityStatus;
import org.cocreate.volunteer.AttendanceGrantService;
import org.cocreate.volunteer.GrantProposal;
import org.cocreate.volunteer.Roster;
import org.cocreate.volunteer.RosterLine;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.ShiftEntry;
import org.cocreate.volunteer.SignUpEntry;
import org.cocreate.volunteer.SignUpStatus;
import org.cocreate.volunteer.VolunteerChanged;
import org.jspecify.annotations.Nullable;

/**
 * The roster at the event, on the worker's tablet: who is here against who is expected, a big check-in button
 * per person (then check-out, and an undo for a mistaken tap), walk-ins found by the register's search or by
 * scanning their card. Two tablets at the same event see each other's taps (live).
 */
@Route("volunteer/activities/:activityId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class RosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "activityId";

    final Span facts = new Span();
    final Div count = new Div();
    final Div lines = new Div();
    final Select<ShiftEntry> walkInShift = new Select<>();
    final ResidentPicker picker;
    final Button close = new Button();
    final Button signUp = new Button();
    final Button grant = new Button();

    private final RosterService rosters;
    private final AttendanceGrantService attendanceGrants;
    private final ResidentService residents;
    private final long communityId;
    private final boolean staff;
    private final ViewToolbar toolbar;
    private final Div checkIn;
    private @Nullable Roster shown;
    private com.vaadin.flow.shared.Registration grantListener = () -> { };

    RosterView(RosterService rosters, AttendanceGrantService attendanceGrants, ResidentService residents,
            WorkingCommunity community, CurrentUser currentUser, LiveEvents liveEvents) {
        this.rosters = rosters;
        this.attendanceGrants = attendanceGrants;
        this.residents = residents;
        this.communityId = community.id();
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        addClassName("roster-page");
        var back = new RouterLink(getTranslation("roster.back"), TodayView.class);
        back.addClassName("toolbar-link");
        close.setText(getTranslation("roster.close"));
        close.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        close.setTestId("roster-close");
        close.addClickListener(e -> closeDialog());
        signUp.setText(getTranslation("roster.signUp"));
        signUp.setIcon(VaadinIcon.USER_CHECK.create());
        signUp.setTestId("roster-sign-up");
        signUp.addClickListener(e -> signUpDialog());
        grant.setIcon(VaadinIcon.GIFT.create());
        grant.setTestId("roster-grant");
        grant.setVisible(false);
        toolbar = new ViewToolbar("", signUp, close, back);
        facts.addClassName("proposals-details");
        count.addClassName("roster-count");
        count.setTestId("roster-count");
        // By search or card: someone signed up is checked in on their shift, anybody else joins as a walk-in.
        picker = new ResidentPicker(residents, community.id(), picked -> checkIn(picked.id(), picked.name()));
        picker.field().setLabel(getTranslation("roster.search"));
        walkInShift.setLabel(getTranslation("roster.walkInShift"));
        walkInShift.setItemLabelGenerator(ShiftEntry::role);
        walkInShift.setTestId("roster-walk-in-shift");
        checkIn = new Div(walkInShift, picker);
        checkIn.addClassName("roster-check-in");
        lines.addClassName("roster-lines");
        lines.setTestId("roster-lines");
        var content = new VerticalLayout(facts, count, grant, checkIn, lines);
        content.addClassName("proposal-page-content");
        add(toolbar, content);
        LiveScreen.follow(this, liveEvents, VolunteerChanged.class,
                () -> shown == null ? null : shown.activity().communityId(), change -> {
                    Roster current = shown;
                    if (current != null && change.activityId() == current.activity().id()) {
                        refresh();
                    }
                });
    }

    static RouteParameters parameters(long activityId) {
        return new RouteParameters(PARAMETER, String.valueOf(activityId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        show(rosters.roster(id));
    }

    void refresh() {
        show(rosters.roster(Objects.requireNonNull(shown).activity().id()));
    }

    private void show(Roster roster) {
        shown = roster;
        ActivityEntry activity = roster.activity();
        toolbar.setTitle(activity.title());
        facts.setText(VolunteerTexts.facts(this, activity));
        showGrant(activity);
        count.removeAll();
        count.add(new Span(getTranslation("roster.count", roster.present(), roster.expected())));
        if (activity.status() == ActivityStatus.CLOSED) {
            count.add(new Badge(getTranslation("roster.status.closed"), Badge.Tone.MUTED));
        }
        boolean open = staff && activity.status() == ActivityStatus.PLANNED;
        checkIn.setVisible(open);
        close.setVisible(open);
        signUp.setVisible(open);
        ShiftEntry chosen = walkInShift.getValue();
        walkInShift.setItems(activity.shifts());
        walkInShift.setValue(activity.shifts().stream().filter(s -> chosen != null && s.id() == chosen.id())
                .findFirst().orElse(activity.shifts().isEmpty() ? null : activity.shifts().getFirst()));
        walkInShift.setVisible(activity.shifts().size() > 1);
        lines.removeAll();
        if (roster.lines().isEmpty()) {
            var none = new Paragraph(getTranslation("roster.none"));
            none.addClassName("review-empty");
            lines.add(none);
        }
        for (RosterLine line : roster.lines()) {
            lines.add(row(line, open, staff));
        }
    }

    private Div row(RosterLine line, boolean open, boolean mayCorrect) {
        // The name opens the volunteer's page (their teams, skills, hours and certificate).
        var name = new RouterLink(line.name(), VolunteerView.class, VolunteerView.parameters(line.residentId()));
        name.addClassName("meeting-member-name");
        var role = new Span(line.role() + (line.walkIn() ? " · " + getTranslation("roster.walkIn") : ""));
        role.addClassName("proposals-details");
        var who = new Div(name, role);
        who.addClassName("meeting-member-who");
        var row = new Div(who, state(line));
        row.addClassName("roster-line");
        String key = line.shiftId() + "-" + line.residentId();
        row.setTestId("roster-line-" + key);
        if (open) {
            var buttons = new Div();
            buttons.addClassName("meeting-member-actions");
            if (!line.present()) {
                var in = new Button(getTranslation("roster.checkIn"), VaadinIcon.CHECK.create(),
                        e -> attempt(() -> rosters.checkIn(line.shiftId(), line.residentId())));
                in.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
                in.setTestId("roster-check-in-" + key);
                buttons.add(in);
            } else {
                if (line.checkedOutAt() == null) {
                    var out = new Button(getTranslation("roster.checkOut"), VaadinIcon.SIGN_OUT.create(),
                            e -> attempt(() -> rosters.checkOut(line.shiftId(), line.residentId())));
                    out.addThemeVariants(ButtonVariant.LARGE);
                    out.setTestId("roster-check-out-" + key);
                    buttons.add(out);
                }
                var undo = new Button(getTranslation("roster.undo"), e -> attempt(() -> {
                    rosters.undoCheckIn(line.shiftId(), line.residentId());
                    return null;
                }));
                undo.addThemeVariants(ButtonVariant.TERTIARY);
                undo.setTestId("roster-undo-" + key);
                buttons.add(undo);
            }
            row.add(buttons);
        } else if (mayCorrect && (line.present() || line.noShow())) {
            // After the close too: hours put right, or a no-show who came after all (the grant follows).
            var correct = new Button(getTranslation("roster.correct"), VaadinIcon.EDIT.create(),
                    e -> correctDialog(line));
            correct.addThemeVariants(ButtonVariant.TERTIARY);
            correct.setTestId("roster-correct-" + key);
            var buttons = new Div(correct);
            buttons.addClassName("meeting-member-actions");
            row.add(buttons);
        }
        return row;
    }

    private Badge state(RosterLine line) {
        if (line.noShow()) {
            return new Badge(getTranslation("roster.state.noShow"), Badge.Tone.ERROR);
        }
        if (line.checkedOutAt() != null) {
            return new Badge(getTranslation("roster.state.out",
                    VolunteerTexts.hours(Objects.requireNonNullElse(line.minutesServed(), 0))), Badge.Tone.SUCCESS);
        }
        if (line.checkedInAt() != null) {
            return new Badge(getTranslation("roster.state.in", Formats.current().time(line.checkedInAt())),
                    Badge.Tone.SUCCESS).strong();
        }
        return line.status() == SignUpStatus.WAITING
                ? new Badge(getTranslation("roster.state.waiting"), Badge.Tone.WARNING)
                : new Badge(getTranslation("roster.state.absent"), Badge.Tone.MUTED);
    }

    /** 结束活动: the no-shows and the last check-outs follow; confirmed first, as it cannot be undone. */
    private void closeDialog() {
        Roster roster = Objects.requireNonNull(shown);
        var confirm = Localized.confirmDialog(getTranslation("roster.close.title"), getTranslation("roster.close.text"),
                getTranslation("roster.close.confirm"));
        confirm.addConfirmListener(e -> {
            try {
                Roster closed = rosters.closeActivity(roster.activity().id());
                Notifications.success("roster.closed", closed.present(),
                        closed.lines().stream().filter(RosterLine::noShow).count());
                show(closed);
            } catch (RefusedException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.getElement().setAttribute("data-testid", "roster-close-confirm");
        confirm.open();
    }

    /**
     * 报名: a worker signs residents up for a shift, one after another (search or card); a full shift offers the
     * waiting list, and a resident who did not come twice in 90 days is pointed out.
     */
    private void signUpDialog() {
        Roster roster = Objects.requireNonNull(shown);
        var shift = new Select<ShiftEntry>();
        shift.setLabel(getTranslation("roster.signUp.shift"));
        shift.setItems(roster.activity().shifts());
        shift.setItemLabelGenerator(s -> getTranslation("roster.signUp.shiftLabel", s.role(), s.signedUp(), s.capacity()));
        shift.setValue(roster.activity().shifts().stream().filter(s -> !s.full()).findFirst()
                .orElse(roster.activity().shifts().getFirst()));
        shift.setTestId("roster-sign-up-shift");
        shift.setWidthFull();
        var picked = new ResidentPicker(residents, communityId, resident -> {
            ShiftEntry chosen = shift.getValue();
            if (chosen != null) {
                signUp(chosen, resident.id(), resident.name(), false);
            }
        });
        picked.field().setLabel(getTranslation("roster.signUp.search"));
        var dialog = new FormDialog(getTranslation("roster.signUp.title", roster.activity().title()), shift, picked)
                .showOnly();
        dialog.open(picked.field());
    }

    private void signUp(ShiftEntry shift, long residentId, String name, boolean waitIfFull) {
        try {
            SignUpEntry entry = rosters.signUp(shift.id(), residentId, waitIfFull);
            if (entry.status() == SignUpStatus.WAITING) {
                Notifications.success("roster.signUp.waiting", name, Objects.requireNonNullElse(entry.waitingPosition(), 0));
            } else {
                Notifications.success("roster.signUp.done", name, shift.role());
            }
            if (entry.flagged()) {
                Notifications.error("roster.signUp.flagged", name, entry.recentNoShows());
            }
            refresh();
        } catch (RefusedException refused) {
            if (!waitIfFull && "volunteer.shift.full".equals(refused.messageKey())) {
                var offer = Localized.confirmDialog(getTranslation("roster.signUp.fullTitle"),
                        getTranslation("roster.signUp.fullText", name, shift.role()),
                        getTranslation("roster.signUp.wait"));
                offer.addConfirmListener(e -> signUp(shift, residentId, name, true));
                offer.getElement().setAttribute("data-testid", "roster-waiting-offer");
                offer.open();
            } else {
                Notifications.refused(refused);
            }
        }
    }

    /** 更正时长: the minutes served and the reason, both required; kept in the history. */
    private void correctDialog(RosterLine line) {
        var minutes = new IntegerField(getTranslation("roster.correct.minutes"));
        minutes.setMin(0);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(line.minutesServed());
        minutes.setTestId("roster-correct-minutes");
        var reason = new TextField(getTranslation("roster.correct.reason"));
        reason.setPlaceholder(getTranslation("roster.correct.reasonPlaceholder"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setTestId("roster-correct-reason");
        var dialog = new FormDialog(getTranslation("roster.correct.title", line.name()), minutes, reason)
                .refusalsAt(Map.of("minutes", minutes, "reason", reason));
        dialog.primary(getTranslation("common.save"), () -> {
            RosterLine corrected = rosters.correctHours(line.shiftId(), line.residentId(), minutes.getValue(),
                    reason.getValue());
            Notifications.success("roster.corrected", corrected.name());
            refresh();
            return true;
        }).setTestId("roster-correct-save");
        dialog.open(minutes);
    }

    /**
     * Once closed: the points for those who came, by the standard's rule for it, reviewed in a dialog and sent
     * in one bulk grant; afterwards the button shows what was sent.
     */
    private void showGrant(ActivityEntry activity) {
        GrantProposal proposal = staff && activity.status() == ActivityStatus.CLOSED
                ? attendanceGrants.proposal(activity.id()) : GrantProposal.none(activity.startsAt().toLocalDate());
        grant.setVisible(proposal.offered() || proposal.anyGranted());
        grantListener.remove();
        if (proposal.rule() == null) {
            return;
        }
        var rule = proposal.rule();
        if (proposal.offered()) {
            grant.setText(getTranslation("roster.grant", proposal.open().size(), rule.content().name()));
            grant.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            grant.setText(getTranslation("roster.grant.sent", rule.content().name()));
            grant.removeThemeVariants(ButtonVariant.PRIMARY);
        }
        grantListener = grant.addClickListener(e -> new AttendanceGrantDialog(attendanceGrants, activity,
                attendanceGrants.proposal(activity.id()), this::refresh).open());
    }

    /** From the picker: on their own shift if signed up, else as a walk-in on the chosen shift. */
    void checkIn(long residentId, String name) {
        Roster roster = Objects.requireNonNull(shown);
        Optional<RosterLine> signedUp = roster.lines().stream().filter(l -> l.residentId() == residentId).findFirst();
        ShiftEntry shift = walkInShift.getValue();
        long shiftId = signedUp.map(RosterLine::shiftId).orElse(shift == null ? -1L : shift.id());
        if (attempt(() -> rosters.checkIn(shiftId, residentId))) {
            Notifications.success("roster.checkIn.done", name);
        }
        picker.clear();
        picker.focus();
    }

    /** Runs a roster command; a refusal is said in the service's words. Whether it went through. */
    private boolean attempt(java.util.function.Supplier<?> command) {
        try {
            command.get();
            refresh();
            return true;
        } catch (RefusedException refused) {
            Notifications.refused(refused);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        Roster roster = shown;
        return roster == null ? getTranslation("nav.volunteerToday") : roster.activity().title();
    }

    /** For the tests: the lines as shown. */
    List<RosterLine> shownLines() {
        return shown == null ? List.of() : shown.lines();
    }
}
