package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.EnterKey;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.BuildingEntry;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Coverage;
import org.cocreate.community.RegisterService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * The compounds of the working community and, for the one selected, its buildings. Everybody who works in
 * the community reads it; only an ADMIN sets compounds and buildings up (the service refuses anybody
 * else, the hidden controls only spare them the refusal).
 */
@Route("compounds")
@Menu(order = 20, icon = "vaadin:building", title = "nav.compounds")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class CompoundsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CompoundEntry> grid = new Grid<>();
    final Button addCompound = new Button();
    final Paragraph hint = new Paragraph();
    final VerticalLayout detail = new VerticalLayout();
    final H2 detailTitle = new H2();
    final Span detailAddress = new Span();
    final Button editCompound = new Button();
    final Grid<BuildingEntry> buildings = new Grid<>();
    final TextField newBuilding = new TextField();
    final Button addBuilding = new Button();

    private final RegisterService register;
    private final long communityId;
    private final boolean mayEdit;
    private @Nullable CompoundEntry selected;

    CompoundsView(RegisterService register, CurrentUser currentUser, WorkingCommunity workingCommunity) {
        this.register = register;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN);
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        addCompound.setText(getTranslation("compound.add"));
        addCompound.setIcon(VaadinIcon.PLUS.create());
        addCompound.addThemeVariants(ButtonVariant.PRIMARY);
        addCompound.setTestId("compound-add");
        addCompound.setVisible(mayEdit);
        addCompound.addClickListener(e -> openCompoundForm(null));

        configureCompoundGrid();
        configureDetail();

        var master = new VerticalLayout(grid);
        master.setPadding(false);
        master.addClassName("register-master");
        var detailPanel = new VerticalLayout(hint, detail);
        detailPanel.setPadding(false);
        detailPanel.addClassName("register-detail");
        var content = new Div(master, detailPanel);
        content.addClassName("register-split");

        add(new ViewToolbar(getTranslation("compound.title", register.communityName(communityId)), addCompound),
                content);
        reload(null);
    }

    private void configureCompoundGrid() {
        grid.addColumn(CompoundEntry::name).setHeader(getTranslation("compound.name")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.address() == null ? "" : c.address()).setHeader(getTranslation("compound.address"))
                .setFlexGrow(1);
        grid.addColumn(CompoundEntry::buildings).setHeader(getTranslation("compound.buildings"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CompoundEntry::residents).setHeader(getTranslation("compound.residents"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::coverage).setHeader(getTranslation("compound.coverage")).setFlexGrow(1);
        grid.addComponentColumn(this::unitsButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setTestId("compound-grid");
        Localized.emptyState(grid);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
    }

    private void configureDetail() {
        hint.setText(getTranslation("compound.selectHint"));
        hint.addClassName("register-hint");

        detailTitle.addClassName("register-detail-title");
        detailAddress.addClassName("register-detail-subtitle");
        editCompound.setText(getTranslation("compound.edit"));
        editCompound.setIcon(VaadinIcon.EDIT.create());
        editCompound.setTestId("compound-edit");
        editCompound.setVisible(mayEdit);
        editCompound.addClickListener(e -> openCompoundForm(selected));
        var heading = new HorizontalLayout(detailTitle, editCompound);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        buildings.addColumn(BuildingEntry::name).setHeader(getTranslation("building.name")).setFlexGrow(1);
        buildings.addColumn(BuildingEntry::households).setHeader(getTranslation("building.households"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            buildings.addComponentColumn(this::renameButton).setAutoWidth(true).setFlexGrow(0);
        }
        buildings.setAllRowsVisible(true);
        buildings.setTestId("building-grid");
        buildings.setEmptyStateText(getTranslation("building.none"));

        newBuilding.setPlaceholder(getTranslation("building.newPlaceholder"));
        newBuilding.setAriaLabel(getTranslation("building.name"));
        newBuilding.setTestId("building-new-name");
        newBuilding.setMaxLength(BuildingEntry.NAME_MAX);
        newBuilding.setClearButtonVisible(true);
        addBuilding.setText(getTranslation("building.add"));
        addBuilding.setIcon(VaadinIcon.PLUS.create());
        addBuilding.setTestId("building-add");
        addBuilding.addClickListener(e -> addBuilding());
        EnterKey.on(newBuilding, this::addBuilding);
        var addRow = new HorizontalLayout(newBuilding, addBuilding);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        addRow.setVisible(mayEdit);
        newBuilding.setWidth("14rem");

        detail.setPadding(false);
        detail.add(heading, detailAddress, buildings, addRow);
        detail.setVisible(false);
    }

    private Span coverage(CompoundEntry compound) {
        int total = Coverage.values().length;
        var text = new Span();
        if (compound.coverage().size() == total) {
            text.setText(getTranslation("compound.coverage.complete"));
            text.addClassName("coverage-yes");
        } else {
            String missing = Arrays.stream(Coverage.values()).filter(item -> !compound.covers(item))
                    .map(item -> getTranslation(item.translationKey()))
                    .collect(Collectors.joining(getTranslation("common.listSeparator")));
            text.setText(getTranslation("compound.coverage.missing", compound.coverage().size(), total, missing));
        }
        return text;
    }

    /** To the compound's units and owners (the owners' assembly's electorate). */
    private Button unitsButton(CompoundEntry compound) {
        var units = new Button(getTranslation("property.units.menu"), VaadinIcon.HOME.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PropertyUnitsView.class,
                        new RouteParameters(PropertyUnitsView.PARAMETER, String.valueOf(compound.id())))));
        units.addThemeVariants(ButtonVariant.TERTIARY);
        units.addClassName("property-action");
        units.setTestId("compound-units");
        return units;
    }

    private Button renameButton(BuildingEntry building) {
        var rename = new Button(getTranslation("building.rename"), VaadinIcon.EDIT.create(),
                e -> openRenameForm(building));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setTestId("building-rename");
        return rename;
    }

    private void reload(@Nullable Long selectId) {
        List<CompoundEntry> compounds = register.compounds(communityId);
        grid.setItems(compounds);
        CompoundEntry toSelect = compounds.stream().filter(c -> selectId != null && c.id() == selectId)
                .findFirst().orElse(null);
        if (toSelect != null) {
            grid.select(toSelect);
        } else {
            showDetail(null);
        }
    }

    private void showDetail(@Nullable CompoundEntry compound) {
        selected = compound;
        hint.setVisible(compound == null);
        detail.setVisible(compound != null);
        if (compound == null) {
            return;
        }
        detailTitle.setText(getTranslation("building.title", compound.name()));
        detailAddress.setText(compound.address() == null ? "" : compound.address());
        buildings.setItems(register.buildings(compound.id()));
        newBuilding.clear();
        newBuilding.setInvalid(false);
    }

    private void addBuilding() {
        CompoundEntry compound = selected;
        if (compound == null) {
            return;
        }
        newBuilding.setInvalid(false);
        String name = newBuilding.getValue();
        try {
            register.createBuilding(compound.id(), name);
        } catch (RefusedException refusal) {
            FieldRefusals.show(refusal, Map.of("name", newBuilding));
            return;
        }
        Notifications.success("building.saved", name.strip());
        reload(compound.id());
        newBuilding.focus();
    }

    private void openCompoundForm(@Nullable CompoundEntry editing) {
        var form = new CompoundForm();
        form.read(editing == null ? null
                : new CompoundDraft(editing.name(), editing.address(), editing.coverage()));
        var dialog = new FormDialog(getTranslation(editing == null ? "compound.add" : "compound.edit"), form)
                .refusalsShownBy(form::showRefusal);
        dialog.primary(getTranslation("common.save"), () -> form.write().map(draft -> {
            long id;
            if (editing == null) {
                id = register.createCompound(communityId, draft);
            } else {
                register.updateCompound(editing.id(), draft);
                id = editing.id();
            }
            Notifications.success("compound.saved", draft.name().strip());
            reload(id);
            return true;
        }).orElse(false)).setTestId("compound-save");
        dialog.cancel().setTestId("compound-cancel");
        dialog.open(form.name);
    }

    private void openRenameForm(BuildingEntry building) {
        var name = new TextField(getTranslation("building.name"));
        name.setValue(building.name());
        name.setTestId("building-rename-name");
        name.setMaxLength(BuildingEntry.NAME_MAX);
        name.setWidthFull();
        var dialog = new FormDialog(getTranslation("building.renameTitle", building.compoundName(), building.name()),
                name).width(FormDialog.Width.NARROW).refusalsAt(Map.of("name", name));
        dialog.primary(getTranslation("common.save"), () -> {
            register.renameBuilding(building.id(), name.getValue());
            Notifications.success("building.saved", name.getValue().strip());
            reload(building.compoundId());
            return true;
        }).setTestId("building-rename-save");
        dialog.open(name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compounds");
    }
}
