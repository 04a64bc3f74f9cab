package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.base.ui.WindowWidth;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
import org.cocreate.points.StandardStatus;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * The scoring standard (评分标准) of the working community: its versions, and the rules of the one picked
 * (the one in effect today at first). Everybody who works in the community reads it; staff draft a new
 * version and edit its rules, an ADMIN adopts it. The service refuses anybody else; the hidden buttons
 * only spare them the refusal. The community switcher reloads the page, so the view is built anew.
 */
@Route("points/standard")
@Menu(order = 40, icon = "vaadin:scale", title = "nav.standard")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class ScoringStandardView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;

    final Button newDraft = new Button();
    final Div emptyState = new Div();
    final Grid<StandardEntry> versions = new Grid<>();
    final VerticalLayout selection = new VerticalLayout();
    final H2 versionHeading = new H2();
    final Span versionStatus = new Span();
    final Span versionMeta = new Span();
    final Paragraph draftHint = new Paragraph();
    final Button addRule = new Button();
    final Button adopt = new Button();
    final Grid<RuleEntry> rules = new Grid<>();

    private final Grid.Column<StandardEntry> supersededColumn;
    private final Grid.Column<StandardEntry> adoptionColumn;
    private final Grid.Column<RuleEntry> dailyCapColumn;
    private final Grid.Column<RuleEntry> monthlyCapColumn;
    private final Grid.Column<RuleEntry> editColumn;

    private final ScoringStandardService service;
    private final Clock clock;
    private final long communityId;
    private final boolean mayEdit;
    private final boolean mayAdopt;
    private final Formats formats = Formats.current();
    private @Nullable StandardEntry selected;
    private @Nullable Long inEffectId;
    private boolean narrow;

    ScoringStandardView(ScoringStandardService service, CurrentUser currentUser, WorkingCommunity workingCommunity,
            Clock clock, UserService users) {
        // Tablets get the folded tables (adapt), told when shown and when the tablet is turned.
        WindowWidth.follow(this, this::adapt);
        this.service = service;
        this.users = users;
        this.clock = clock;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        this.mayAdopt = currentUser.has(Role.ADMIN);
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        newDraft.setText(getTranslation("standard.newDraft"));
        newDraft.setIcon(VaadinIcon.PLUS.create());
        newDraft.addThemeVariants(ButtonVariant.PRIMARY);
        newDraft.setTestId("standard-new-draft");
        newDraft.addClickListener(e -> openDraftDialog());

        emptyState.addClassName("standard-empty");
        emptyState.add(new Paragraph(getTranslation("standard.empty")));
        if (mayEdit) {
            emptyState.add(new Paragraph(getTranslation("standard.emptyStaff")));
        }
        emptyState.setTestId("standard-empty");

        versions.addColumn(s -> getTranslation("standard.version", s.versionNumber()))
                .setHeader(getTranslation("standard.column.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(StandardEntry::title).setHeader(getTranslation("standard.column.title")).setFlexGrow(2);
        versions.addComponentColumn(this::statusBadges).setHeader(getTranslation("standard.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(s -> date(s.effectiveFrom())).setHeader(getTranslation("standard.column.effectiveFrom"))
                .setAutoWidth(true).setFlexGrow(0);
        supersededColumn = versions.addColumn(s -> date(s.supersededFrom()))
                .setHeader(getTranslation("standard.column.supersededFrom")).setAutoWidth(true).setFlexGrow(0);
        adoptionColumn = versions.addColumn(this::adoption).setHeader(getTranslation("standard.column.adoption"))
                .setFlexGrow(3);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        versions.setTestId("standard-versions");
        ((GridSingleSelectionModel<StandardEntry>) versions.getSelectionModel()).setDeselectAllowed(false);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        configureSelection();
        dailyCapColumn = rules.addColumn(r -> cap(r.content().dailyCap(), r.content().perHour()))
                .setHeader(getTranslation("standard.rule.dailyCap")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        monthlyCapColumn = rules.addColumn(r -> cap(r.content().monthlyCap(), r.content().perHour()))
                .setHeader(getTranslation("standard.rule.monthlyCap")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(r -> r.content().needsApproval() ? getTranslation("standard.rule.needsApproval") : "")
                .setHeader(getTranslation("standard.rule.approval")).setAutoWidth(true).setFlexGrow(0);
        // A fixed width: the column is hidden at first, and a hidden column's auto width comes out too narrow.
        editColumn = rules.addComponentColumn(this::editButton).setWidth("8rem").setFlexGrow(0);

        var content = new Div(emptyState, versions, selection);
        content.addClassName("standard-content");
        add(new ViewToolbar(getTranslation("standard.title", workingCommunity.get().map(CommunityRef::name)
                .orElse("")), newDraft), content);
        reload(null);
    }

    private void configureSelection() {
        versionHeading.addClassName("standard-version-heading");
        versionMeta.addClassName("standard-version-meta");
        versionMeta.setTestId("standard-version-meta");
        draftHint.setText(getTranslation("standard.draftHint"));
        draftHint.addClassName("standard-draft-hint");

        addRule.setText(getTranslation("standard.rule.add"));
        addRule.setIcon(VaadinIcon.PLUS.create());
        addRule.setTestId("standard-add-rule");
        addRule.addClickListener(e -> openRuleDialog(null));
        adopt.setText(getTranslation("standard.adopt"));
        adopt.setIcon(VaadinIcon.CHECK.create());
        adopt.addThemeVariants(ButtonVariant.PRIMARY);
        adopt.setTestId("standard-adopt");
        adopt.addClickListener(e -> openAdoptDialog());

        var title = new HorizontalLayout(versionHeading, versionStatus);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        title.addClassName("standard-version-title");
        var actions = new HorizontalLayout(addRule, adopt);
        actions.addClassName("standard-version-actions");
        var heading = new HorizontalLayout(title, actions);
        heading.setWidthFull();
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.addClassName("standard-version-header");

        rules.addComponentColumn(r -> categoryBadge(r.content().category()))
                .setHeader(getTranslation("standard.rule.category")).setAutoWidth(true).setFlexGrow(0);
        rules.addComponentColumn(this::ruleCell).setHeader(getTranslation("standard.rule.name")).setFlexGrow(1);
        rules.addColumn(this::pointsText).setHeader(getTranslation("standard.rule.points"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> r.content().deduction() ? "deduction" : "award");
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rules.setAllRowsVisible(true);
        rules.setTestId("standard-rules");
        rules.setEmptyStateText(getTranslation("standard.rules.none"));

        selection.setPadding(false);
        selection.setSpacing(false);
        selection.addClassName("standard-selection");
        selection.add(heading, versionMeta, draftHint, rules);
    }

    private void reload(@Nullable Long selectId) {
        List<StandardEntry> all = service.standards(communityId);
        inEffectId = service.inEffect(communityId, LocalDate.now(clock)).map(StandardEntry::id).orElse(null);
        boolean draftExists = all.stream().anyMatch(s -> s.status() == StandardStatus.DRAFT);
        newDraft.setVisible(mayEdit && !draftExists);
        emptyState.setVisible(all.isEmpty());
        versions.setVisible(!all.isEmpty());
        selection.setVisible(!all.isEmpty());
        versions.setItems(all);
        Long wanted = selectId != null ? selectId : inEffectId;
        StandardEntry toSelect = all.stream().filter(s -> wanted != null && s.id() == wanted).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        if (toSelect != null) {
            versions.select(toSelect);
            // Selecting the row already selected fires no event: show it anyway, it may have changed.
            show(toSelect);
        } else {
            selected = null;
        }
    }

    private void show(StandardEntry standard) {
        selected = standard;
        boolean draft = standard.status() == StandardStatus.DRAFT;
        versionHeading.setText(getTranslation("standard.versionTitle", standard.versionNumber(), standard.title()));
        versionStatus.removeAll();
        versionStatus.add(statusBadges(standard));
        versionMeta.setText(meta(standard));
        draftHint.setVisible(draft && mayEdit);
        addRule.setVisible(draft && mayEdit);
        adopt.setVisible(draft && mayAdopt);
        editColumn.setVisible(draft && mayEdit);
        List<RuleEntry> loaded = new ArrayList<>(service.rules(standard.id()));
        loaded.sort(Comparator.comparing((RuleEntry r) -> r.content().category()).thenComparing(RuleEntry::id));
        // A line above the first rule of each category, so that the sorted list reads as groups.
        Set<Long> firstOfCategory = new HashSet<>();
        RuleCategory previous = null;
        for (RuleEntry rule : loaded) {
            if (rule.content().category() != previous) {
                firstOfCategory.add(rule.id());
                previous = rule.content().category();
            }
        }
        rules.setPartNameGenerator(r -> firstOfCategory.contains(r.id()) ? "category-start" : null);
        rules.setItems(loaded);
        rules.recalculateColumnWidths();
    }

    private Span statusBadges(StandardEntry standard) {
        var badges = new Span();
        badges.addClassName("standard-badges");
        var status = new Badge(getTranslation(standard.status().translationKey()), switch (standard.status()) {
            case DRAFT -> Badge.Tone.WARNING;
            case ADOPTED -> Badge.Tone.SUCCESS;
            case SUPERSEDED -> Badge.Tone.MUTED;
        });
        // A superseded version is struck through: it no longer counts.
        status.getClassNames().set("standard-superseded", standard.status() == StandardStatus.SUPERSEDED);
        badges.add(status);
        if (inEffectId != null && inEffectId == standard.id()) {
            badges.add(new Badge(getTranslation("standard.inEffectToday"), Badge.Tone.SUCCESS).strong());
        }
        return badges;
    }

    private String meta(StandardEntry standard) {
        List<String> parts = new ArrayList<>();
        if (standard.effectiveFrom() != null) {
            parts.add(getTranslation("standard.effective", date(standard.effectiveFrom())));
        } else {
            parts.add(getTranslation("standard.notYetEffective"));
        }
        if (standard.supersededFrom() != null) {
            parts.add(getTranslation("standard.superseded", date(standard.supersededFrom())));
        }
        String adoption = adoption(standard);
        if (!adoption.isEmpty()) {
            parts.add(getTranslation("standard.adoptedBy", adoption));
        }
        return String.join(getTranslation("standard.metaSeparator"), parts);
    }

    private String adoption(StandardEntry standard) {
        if (standard.adoptedNote() == null) {
            return "";
        }
        return getTranslation("standard.adoption", standard.adoptedNote(),
                StaffNames.of(users, Stream.of(standard.adoptedBy())).name(standard.adoptedBy()),
                standard.adoptedAt() == null ? "" : formats.dateTime(standard.adoptedAt()));
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : formats.date(date);
    }

    private Badge categoryBadge(RuleCategory category) {
        return new Badge(getTranslation(category.translationKey()), Badge.Tone.NEUTRAL);
    }

    private Div ruleCell(RuleEntry rule) {
        RuleDraft content = rule.content();
        var name = new Span(content.name());
        name.addClassName("standard-rule-name");
        var cell = new Div(name);
        cell.addClassName("standard-rule");
        if (content.description() != null) {
            var description = new Span(content.description());
            description.addClassName("standard-rule-description");
            cell.add(description);
        }
        if (narrow && (content.dailyCap() != null || content.monthlyCap() != null)) {
            var caps = new Span(getTranslation("standard.rule.capsLine", cap(content.dailyCap(), content.perHour()),
                    cap(content.monthlyCap(), content.perHour())));
            caps.addClassName("standard-rule-description");
            cell.add(caps);
        }
        if (content.occasion() != null) {
            var occasion = new Span(getTranslation("standard.rule.occasionLine",
                    getTranslation(content.occasion().translationKey())));
            occasion.addClassName("standard-rule-description");
            cell.add(occasion);
        }
        return cell;
    }

    String pointsText(RuleEntry rule) {
        RuleDraft content = rule.content();
        String amount = formats.signed(content.points().value() * (content.deduction() ? -1 : 1));
        return content.perHour() ? getTranslation("standard.rule.pointsPerHour", amount) : amount;
    }

    private String cap(@Nullable Integer cap, boolean perHour) {
        if (cap == null) {
            return getTranslation("standard.rule.noCap");
        }
        return getTranslation(perHour ? "standard.rule.capHours" : "standard.rule.capTimes", cap);
    }

    private Button editButton(RuleEntry rule) {
        var edit = new Button(getTranslation("standard.rule.edit"), VaadinIcon.EDIT.create(),
                e -> openRuleDialog(rule));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setTestId("standard-edit-rule");
        return edit;
    }

    /** Tablets get the short form: caps under the rule's name, the versions' secondary columns left out. */
    void adapt(int windowWidth) {
        boolean nowNarrow = WindowWidth.isNarrow(windowWidth);
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        supersededColumn.setVisible(!narrow);
        adoptionColumn.setVisible(!narrow);
        dailyCapColumn.setVisible(!narrow);
        monthlyCapColumn.setVisible(!narrow);
        rules.getDataProvider().refreshAll();
        rules.recalculateColumnWidths();
        versions.recalculateColumnWidths();
    }

    private void openDraftDialog() {
        var title = new TextField(getTranslation("standard.newDraft.titleField"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setTestId("standard-draft-title");
        var hint = new Paragraph(getTranslation("standard.newDraft.hint"));
        hint.addClassName("standard-dialog-hint");
        var dialog = new FormDialog(getTranslation("standard.newDraft"), hint, title)
                .refusalsAt(Map.of("title", title));
        dialog.primary(getTranslation("standard.newDraft.create"), () -> {
            StandardEntry created = service.draft(communityId, title.getValue());
            Notifications.success("standard.newDraft.done", created.versionNumber());
            reload(created.id());
            return true;
        }).setTestId("standard-draft-save");
        dialog.open(title);
    }

    private void openRuleDialog(@Nullable RuleEntry editing) {
        StandardEntry standard = selected;
        if (standard == null) {
            return;
        }
        var form = new RuleForm();
        form.read(editing == null ? null : editing.content(), RuleCategory.ENVIRONMENT);
        var dialog = new FormDialog(getTranslation(editing == null ? "standard.rule.add" : "standard.rule.editTitle"),
                form).width(FormDialog.Width.WIDE).refusalsShownBy(form::showRefusal);
        dialog.primary(getTranslation("common.save"), () -> {
            Optional<RuleDraft> rule = form.write();
            if (rule.isEmpty()) {
                return false;
            }
            if (editing == null) {
                service.addRule(standard.id(), rule.get());
            } else {
                service.updateRule(editing.id(), rule.get());
            }
            Notifications.success("standard.rule.saved", rule.get().name().strip());
            reload(standard.id());
            return true;
        }).setTestId("rule-save");
        dialog.cancel().setTestId("rule-cancel");
        dialog.open(form.name);
    }

    private void openAdoptDialog() {
        StandardEntry standard = selected;
        if (standard == null) {
            return;
        }
        DatePicker effectiveFrom = Localized.datePicker(getTranslation("standard.adopt.effectiveFrom"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setValue(LocalDate.now(clock).plusMonths(1).withDayOfMonth(1));
        effectiveFrom.setTestId("standard-adopt-date");
        var note = new TextArea(getTranslation("standard.adopt.note"));
        note.setPlaceholder(getTranslation("standard.adopt.notePlaceholder"));
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setTestId("standard-adopt-note");
        var hint = new Paragraph(getTranslation("standard.adopt.hint"));
        hint.addClassName("standard-dialog-hint");
        var dialog = new FormDialog(getTranslation("standard.adopt.title", standard.versionNumber()), hint,
                effectiveFrom, note).refusalsAt(Map.of("effectiveFrom", effectiveFrom, "note", note));
        dialog.primary(getTranslation("standard.adopt"), () -> {
            LocalDate from = effectiveFrom.getValue();
            if (from == null) {
                dialog.invalid(effectiveFrom, "standard.adopt.dateRequired");
                return false;
            }
            StandardEntry adopted = service.adopt(standard.id(), from, note.getValue());
            Notifications.success("standard.adopt.done", adopted.versionNumber(), date(adopted.effectiveFrom()));
            reload(adopted.id());
            return true;
        }).setTestId("standard-adopt-save");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.standard");
    }
}
