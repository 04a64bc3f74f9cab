package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.EnterKey;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.MemberEntry;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationType;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * The organisations of the working community (party branch, owners' committee, property management,
 * volunteer teams, local institutions) and their members with positions. Committee members and
 * supervisors read; staff change.
 */
@Route("organisations")
@Menu(order = 30, icon = "vaadin:group", title = "nav.organisations")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Select<OrganisationType> typeFilter = new Select<>();
    final Grid<OrganisationEntry> grid = new Grid<>();
    final Button addOrganisation = new Button();
    final Paragraph hint = new Paragraph();
    final VerticalLayout detail = new VerticalLayout();
    final H2 detailTitle = new H2();
    final Span detailSubtitle = new Span();
    final Button editOrganisation = new Button();
    final Grid<MemberEntry> members = new Grid<>();
    final ComboBox<ResidentListEntry> newMember = new ComboBox<>();
    final TextField newPosition = new TextField();
    final Button addMember = new Button();

    private final OrganisationService organisations;
    private final ResidentService residents;
    private final long communityId;
    private final boolean mayEdit;
    private final List<CompoundEntry> compounds;
    private List<OrganisationEntry> all = List.of();
    private @Nullable OrganisationEntry selected;

    OrganisationsView(OrganisationService organisations, ResidentService residents, RegisterService register,
            CurrentUser currentUser, WorkingCommunity workingCommunity) {
        this.organisations = organisations;
        this.residents = residents;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        this.compounds = register.compounds(communityId);
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        addOrganisation.setText(getTranslation("organisation.add"));
        addOrganisation.setIcon(VaadinIcon.PLUS.create());
        addOrganisation.addThemeVariants(ButtonVariant.PRIMARY);
        addOrganisation.setTestId("organisation-add");
        addOrganisation.setVisible(mayEdit);
        addOrganisation.addClickListener(e -> openOrganisationForm(null));

        typeFilter.setLabel(getTranslation("organisation.filter.type"));
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("organisation.filter.allTypes"));
        typeFilter.setPlaceholder(getTranslation("organisation.filter.allTypes"));
        typeFilter.setTestId("organisation-type-filter");
        typeFilter.addValueChangeListener(e -> showList(null));

        configureGrid();
        configureDetail();

        var master = new VerticalLayout(typeFilter, grid);
        master.setPadding(false);
        master.addClassName("register-master");
        var detailPanel = new VerticalLayout(hint, detail);
        detailPanel.setPadding(false);
        detailPanel.addClassName("register-detail");
        var content = new Div(master, detailPanel);
        content.addClassName("register-split");
        add(new ViewToolbar(getTranslation("organisation.title", register.communityName(communityId)),
                addOrganisation), content);
        reload(null);
    }

    private void configureGrid() {
        grid.addColumn(o -> getTranslation(o.type().translationKey()))
                .setHeader(getTranslation("organisation.column.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrganisationEntry::name).setHeader(getTranslation("organisation.column.name")).setFlexGrow(1);
        grid.addColumn(o -> o.compoundName() == null ? getTranslation("organisation.wholeCommunity") : o.compoundName())
                .setHeader(getTranslation("organisation.column.compound")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrganisationEntry::members).setHeader(getTranslation("organisation.column.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setTestId("organisation-grid");
        Localized.emptyState(grid);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
    }

    private void configureDetail() {
        hint.setText(getTranslation("organisation.selectHint"));
        hint.addClassName("register-hint");
        detailTitle.addClassName("register-detail-title");
        detailSubtitle.addClassName("register-detail-subtitle");
        editOrganisation.setText(getTranslation("organisation.edit"));
        editOrganisation.setIcon(VaadinIcon.EDIT.create());
        editOrganisation.setTestId("organisation-edit");
        editOrganisation.setVisible(mayEdit);
        editOrganisation.addClickListener(e -> openOrganisationForm(selected));
        var heading = new HorizontalLayout(detailTitle, editOrganisation);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setWidthFull();

        members.addColumn(MemberEntry::residentName).setHeader(getTranslation("organisation.member.name"))
                .setAutoWidth(true).setFlexGrow(0);
        members.addColumn(m -> m.position() == null ? "" : m.position())
                .setHeader(getTranslation("organisation.member.position")).setAutoWidth(true).setFlexGrow(0);
        members.addColumn(MemberEntry::address).setHeader(getTranslation("organisation.member.address"))
                .setFlexGrow(1);
        if (mayEdit) {
            members.addComponentColumn(this::memberActions).setAutoWidth(true).setFlexGrow(0);
        }
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        members.setTestId("member-grid");
        members.setEmptyStateText(getTranslation("organisation.member.none"));

        newMember.setLabel(getTranslation("organisation.member.add"));
        newMember.setPlaceholder(getTranslation("resident.search.placeholder"));
        newMember.setItemLabelGenerator(r -> r.name() + " · " + r.address());
        if (mayEdit) {
            configureMemberSearch();
        }
        newMember.setTestId("member-resident");
        newMember.setWidth("18rem");
        newPosition.setLabel(getTranslation("organisation.member.position"));
        newPosition.setPlaceholder(getTranslation("organisation.member.positionPlaceholder"));
        newPosition.setTestId("member-position");
        newPosition.setMaxLength(MemberEntry.POSITION_MAX);
        addMember.setText(getTranslation("organisation.member.addButton"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.setTestId("member-add");
        addMember.addClickListener(e -> addMember());
        EnterKey.on(newPosition, this::addMember);
        var addRow = new HorizontalLayout(newMember, newPosition, addMember);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.addClassName("register-add-row");
        addRow.setVisible(mayEdit);

        detail.setPadding(false);
        detail.add(heading, detailSubtitle, members, addRow);
        detail.setVisible(false);
    }

    /** Only for those who may add members: reading residents is not every reader's right. */
    private void configureMemberSearch() {
        newMember.setItems(query -> {
            // The service returns one bounded page of the best matches; there is no second page to fetch.
            int offset = query.getOffset();
            int limit = Math.min(query.getLimit(), ResidentService.SEARCH_LIMIT);
            return offset > 0 ? Stream.empty()
                    : residents.search(communityId, query.getFilter().orElse(""), limit).stream();
        });
    }

    private HorizontalLayout memberActions(MemberEntry member) {
        var position = new Button(getTranslation("organisation.member.changePosition"), VaadinIcon.EDIT.create(),
                e -> openPositionForm(member));
        position.addThemeVariants(ButtonVariant.TERTIARY);
        position.setTestId("member-change-position");
        var remove = new Button(getTranslation("organisation.member.remove"), VaadinIcon.TRASH.create(),
                e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setTestId("member-remove");
        var actions = new HorizontalLayout(position, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void reload(@Nullable Long selectId) {
        all = organisations.list(communityId);
        showList(selectId);
    }

    private void showList(@Nullable Long selectId) {
        OrganisationType type = typeFilter.getValue();
        List<OrganisationEntry> shown = all.stream().filter(o -> type == null || o.type() == type).toList();
        grid.setItems(shown);
        OrganisationEntry toSelect = shown.stream().filter(o -> selectId != null && o.id() == selectId)
                .findFirst().orElse(null);
        if (toSelect != null) {
            grid.select(toSelect);
        } else {
            showDetail(null);
        }
    }

    private void showDetail(@Nullable OrganisationEntry organisation) {
        selected = organisation;
        hint.setVisible(organisation == null);
        detail.setVisible(organisation != null);
        if (organisation == null) {
            return;
        }
        detailTitle.setText(organisation.name());
        detailSubtitle.setText(getTranslation(organisation.type().translationKey()) + " · "
                + (organisation.compoundName() == null ? getTranslation("organisation.wholeCommunity")
                        : organisation.compoundName()));
        members.setItems(organisations.members(organisation.id()));
        newMember.clear();
        newMember.setInvalid(false);
        newPosition.clear();
        newPosition.setInvalid(false);
    }

    private void addMember() {
        OrganisationEntry organisation = selected;
        if (organisation == null) {
            return;
        }
        newMember.setInvalid(false);
        newPosition.setInvalid(false);
        ResidentListEntry resident = newMember.getValue();
        if (resident == null) {
            newMember.setErrorMessage(getTranslation("organisation.member.choose"));
            newMember.setInvalid(true);
            return;
        }
        try {
            organisations.addMember(organisation.id(), resident.id(), newPosition.getValue());
        } catch (RefusedException refusal) {
            FieldRefusals.show(refusal, Map.of("resident", newMember, "position", newPosition));
            return;
        }
        Notifications.success("organisation.member.added", resident.name(), organisation.name());
        reload(organisation.id());
    }

    private void confirmRemove(MemberEntry member) {
        OrganisationEntry organisation = selected;
        if (organisation == null) {
            return;
        }
        var dialog = Localized.confirmDialog(getTranslation("organisation.member.removeTitle"),
                getTranslation("organisation.member.removeText", member.residentName(), organisation.name()),
                getTranslation("organisation.member.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                organisations.removeMember(member.id());
                Notifications.success("organisation.member.removed", member.residentName());
            } catch (RefusedException refusal) {
                // Removed meanwhile on another device: say so and show the list as it is now.
                Notifications.refused(refusal);
            }
            reload(organisation.id());
        });
        dialog.open();
    }

    private void openPositionForm(MemberEntry member) {
        OrganisationEntry organisation = selected;
        if (organisation == null) {
            return;
        }
        var position = new TextField(getTranslation("organisation.member.position"));
        position.setValue(member.position() == null ? "" : member.position());
        position.setPlaceholder(getTranslation("organisation.member.positionPlaceholder"));
        position.setTestId("member-position-edit");
        position.setMaxLength(MemberEntry.POSITION_MAX);
        position.setWidthFull();
        var dialog = new FormDialog(getTranslation("organisation.member.changePositionTitle", member.residentName()),
                position).width(FormDialog.Width.NARROW).refusalsAt(Map.of("position", position));
        dialog.primary(getTranslation("common.save"), () -> {
            organisations.changePosition(member.id(), position.getValue());
            reload(organisation.id());
            return true;
        }).setTestId("member-position-save");
        dialog.open(position);
    }

    private void openOrganisationForm(@Nullable OrganisationEntry editing) {
        var form = new OrganisationForm(compounds);
        form.read(editing == null ? null
                : new OrganisationDraft(editing.type(), editing.name(), editing.compoundId()));
        var dialog = new FormDialog(getTranslation(editing == null ? "organisation.add" : "organisation.edit"), form)
                .refusalsShownBy(form::showRefusal);
        dialog.primary(getTranslation("common.save"), () -> form.write().map(draft -> {
            long id;
            if (editing == null) {
                id = organisations.create(communityId, draft);
            } else {
                organisations.update(editing.id(), draft);
                id = editing.id();
            }
            Notifications.success("organisation.saved", draft.name().strip());
            reload(id);
            return true;
        }).orElse(false)).setTestId("organisation-save");
        dialog.cancel().setTestId("organisation-cancel");
        dialog.open(form.name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
