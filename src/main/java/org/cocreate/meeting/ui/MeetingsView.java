package org.cocreate.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingRule;
import org.cocreate.meeting.MeetingService;
import org.cocreate.meeting.MeetingType;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * 议事会议: the working community's meetings, the latest first; a row opens the meeting's page, the secretary's
 * tablet during it. Staff call a new one from here.
 */
@Route("meetings")
@Menu(order = 61, icon = "vaadin:group", title = "nav.meetings")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    final Button create = new Button();
    final Button rules = new Button();
    final Grid<MeetingEntry> grid = new Grid<>();

    private final MeetingService meetings;
    private final long communityId;
    private final Clock clock;

    MeetingsView(MeetingService meetings, WorkingCommunity workingCommunity, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.communityId = workingCommunity.id();
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        setSizeFull();

        create.setText(getTranslation("meetings.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.setTestId("meetings-new");
        create.setVisible(currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER));
        create.addClickListener(e -> callDialog());
        rules.setText(getTranslation("meetings.rules"));
        rules.setIcon(VaadinIcon.COG.create());
        rules.setTestId("meetings-rules");
        rules.setVisible(currentUser.has(Role.ADMIN));
        rules.addClickListener(e -> rulesDialog());

        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("meetings.column.meeting")).setFlexGrow(1);
        grid.addComponentColumn(m -> MeetingTexts.status(this, m.status()))
                .setHeader(getTranslation("meetings.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                MeetingView.parameters(e.getItem().id()))));
        grid.setSizeFull();
        grid.setTestId("meetings-grid");
        grid.addClassName("meetings-grid");
        Localized.emptyState(grid);

        var content = new VerticalLayout(grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("nav.meetings"), rules, create), content);
        setFlexGrow(1, content);
        refresh();
    }

    void refresh() {
        grid.setItems(meetings.meetings(communityId));
    }

    private Component titleCell(MeetingEntry meeting) {
        var title = new Span(meeting.title());
        title.addClassName("proposals-title");
        var details = new Span(MeetingTexts.facts(this, meeting));
        details.addClassName("proposals-details");
        var cell = new Div(title, details);
        cell.addClassName("proposals-cell");
        cell.setTestId("meeting-row-" + meeting.id());
        return cell;
    }

    /** 召集会议: this evening, two hours, a consultation unless chosen otherwise. */
    void callDialog() {
        var form = new MeetingForm();
        form.read(new MeetingFields(MeetingType.CONSULTATION, "", "", LocalDate.now(clock), LocalTime.of(19, 0),
                LocalTime.of(21, 0)));
        var dialog = new FormDialog(getTranslation("meetings.new"), form).refusalsShownBy(form::showRefusal);
        dialog.primary(getTranslation("meetings.call"), () -> form.write().map(fields -> {
            MeetingEntry called = meetings.schedule(communityId, fields.draft());
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(called.id())));
            return true;
        }).orElse(false)).setTestId("meeting-save");
        dialog.open(form.title);
    }

    /**
     * 会议规则 (admins): per type of meeting, the quorum (more than this share of the invited present) and the
     * decision (votes for more than this share of those present). Meetings already called keep theirs.
     */
    void rulesDialog() {
        var type = new Select<MeetingType>();
        type.setLabel(getTranslation("meeting.form.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setTestId("rules-type");
        var quorum = new IntegerField(getTranslation("meetings.rules.quorum"));
        quorum.setSuffixComponent(new Span("%"));
        quorum.setMin(1);
        quorum.setMax(99);
        quorum.setTestId("rules-quorum");
        var majority = new IntegerField(getTranslation("meetings.rules.majority"));
        majority.setSuffixComponent(new Span("%"));
        majority.setMin(1);
        majority.setMax(99);
        majority.setTestId("rules-majority");
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                MeetingRule rule = meetings.rule(communityId, e.getValue());
                quorum.setValue(rule.quorumPercent());
                majority.setValue(rule.majorityPercent());
            }
        });
        type.setValue(MeetingType.REPRESENTATIVES);
        var explain = new Paragraph(getTranslation("meetings.rules.explain"));
        var dialog = new FormDialog(getTranslation("meetings.rules"), explain, type, quorum, majority)
                .refusalsAt(Map.of("quorumPercent", quorum, "majorityPercent", majority));
        dialog.primary(getTranslation("common.save"), () -> {
            meetings.setRule(communityId, type.getValue(), new MeetingRule(
                    quorum.getValue() == null ? 0 : quorum.getValue(), majority.getValue() == null ? 0 : majority.getValue()));
            Notifications.success("meetings.rules.saved", getTranslation(type.getValue().translationKey()));
            return true;
        }).setTestId("rules-save");
        dialog.open(quorum);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings");
    }
}
