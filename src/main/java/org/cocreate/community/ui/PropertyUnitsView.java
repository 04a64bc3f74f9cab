package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.base.Area;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.OwnerDraft;
import org.cocreate.community.OwnerEntry;
import org.cocreate.community.PropertyService;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentService;
import org.cocreate.community.UnitDraft;
import org.cocreate.community.UnitEntry;
import org.cocreate.community.UnitTotals;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * A compound's units (专有部分) and their owners, for the door-to-door round before an owners' assembly: by
 * building, with floor, exclusive area and the owners' masked phones, the totals the assembly counts at the top.
 * The staff correct a unit's area, add and remove owners, and import the property register; everybody else who
 * works in the community reads it (the service refuses them the rest).
 */
@Route(PropertyUnitsView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class PropertyUnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "compoundId";
    static final String ROUTE = "compounds/:" + PARAMETER + "([0-9]{1,18})/units";

    final ViewToolbar toolbar;
    final Button importButton = new Button();
    final Span unitCount = new Span();
    final Span totalArea = new Span();
    final Span ownerCount = new Span();
    final Select<String> building = new Select<>();
    final Grid<UnitEntry> units = new Grid<>();
    final Paragraph notFound = new Paragraph();

    private final PropertyService properties;
    private final RegisterService register;
    private final ResidentService residents;
    private final long communityId;
    private final boolean mayEdit;
    private @Nullable CompoundEntry compound;
    private List<UnitEntry> all = List.of();

    PropertyUnitsView(PropertyService properties, RegisterService register, ResidentService residents,
            CurrentUser currentUser, WorkingCommunity workingCommunity) {
        this.properties = properties;
        this.register = register;
        this.residents = residents;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        addClassName("property-units");

        var back = new Button(getTranslation("property.units.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CompoundsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("property-units-back");

        importButton.setText(getTranslation("property.import.open"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setTestId("property-import-open");
        importButton.setVisible(mayEdit);
        importButton.addClickListener(e -> {
            CompoundEntry shown = compound;
            if (shown != null) {
                getUI().ifPresent(ui -> ui.navigate(PropertyImportView.class,
                        new RouteParameters(PARAMETER, String.valueOf(shown.id()))));
            }
        });
        toolbar = new ViewToolbar(getTranslation("property.units.menu"), importButton);

        unitCount.setTestId("property-units-count");
        totalArea.setTestId("property-units-area");
        ownerCount.setTestId("property-units-owners");
        var totals = new Div(unitCount, totalArea, ownerCount);
        totals.addClassName("property-totals");

        building.setLabel(getTranslation("property.units.building"));
        building.setEmptySelectionAllowed(true);
        building.setEmptySelectionCaption(getTranslation("property.units.allBuildings"));
        building.setItemLabelGenerator(name -> name == null ? getTranslation("property.units.allBuildings") : name);
        building.addValueChangeListener(e -> showUnits());
        building.setTestId("property-units-building");

        units.addColumn(UnitEntry::address).setHeader(getTranslation("property.units.address")).setAutoWidth(true)
                .setFlexGrow(1);
        units.addColumn(UnitEntry::floor).setHeader(getTranslation("property.units.floor"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        units.addColumn(unit -> area(unit.area())).setHeader(getTranslation("property.units.area"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        units.addComponentColumn(this::owners).setHeader(getTranslation("property.units.owners")).setFlexGrow(1);
        if (mayEdit) {
            units.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        units.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setAllRowsVisible(true);
        units.setEmptyStateText(getTranslation("property.units.none"));
        units.setTestId("property-units-grid");

        notFound.setText(getTranslation("error.notFound"));
        notFound.setVisible(false);
        add(toolbar, back, notFound, totals, building, units);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get(PARAMETER).map(Long::valueOf).orElse(0L);
        compound = register.compounds(communityId).stream().filter(c -> c.id() == id).findFirst().orElse(null);
        boolean found = compound != null;
        notFound.setVisible(!found);
        units.setVisible(found);
        building.setVisible(found);
        importButton.setVisible(found && mayEdit);
        if (compound != null) {
            toolbar.setTitle(getTranslation("property.units.title", compound.name()));
            reload();
        }
    }

    private void reload() {
        CompoundEntry shown = compound;
        if (shown == null) {
            return;
        }
        try {
            all = properties.units(shown.id());
        } catch (NotFoundException gone) {
            all = List.of();
        }
        UnitTotals totals = properties.totals(shown.id());
        Formats formats = Formats.current();
        unitCount.setText(getTranslation("property.units.count", formats.number(totals.units())));
        totalArea.setText(getTranslation("property.units.totalArea", totals.area().toString()));
        ownerCount.setText(getTranslation("property.units.ownersByHead", formats.number(totals.ownersByHead())));
        String chosen = building.getValue();
        List<String> names = all.stream().map(UnitEntry::buildingName).distinct().toList();
        building.setItems(names);
        building.setValue(names.contains(chosen) ? chosen : null);
        showUnits();
    }

    private void showUnits() {
        String chosen = building.getValue();
        units.setItems(all.stream().filter(unit -> chosen == null || unit.buildingName().equals(chosen)).toList());
    }

    private String area(Area area) {
        return getTranslation("property.area.value", area.toString());
    }

    private Div owners(UnitEntry unit) {
        var cell = new Div();
        cell.addClassName("property-owners");
        if (unit.developerHeld()) {
            cell.add(new Badge(getTranslation("property.units.developerHeld"), Badge.Tone.WARNING));
        }
        for (OwnerEntry owner : unit.owners()) {
            var line = new Span(owner.maskedPhone().isEmpty() ? owner.name()
                    : getTranslation("property.units.owner", owner.name(), owner.maskedPhone()));
            line.addClassName("property-owner");
            if (owner.livesHere()) {
                line.add(new Badge(getTranslation("property.units.livesHere"), Badge.Tone.INFO));
            }
            if (mayEdit) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(unit, owner));
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                remove.setAriaLabel(getTranslation("property.owner.remove", owner.name()));
                remove.addClassName("property-action");
                remove.setTestId("property-owner-remove");
                line.add(remove);
            }
            cell.add(line);
        }
        if (!unit.developerHeld() && unit.owners().isEmpty()) {
            cell.add(new Span(getTranslation("property.units.noOwner")));
        }
        return cell;
    }

    private HorizontalLayout actions(UnitEntry unit) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> openAreaDialog(unit));
        edit.setAriaLabel(getTranslation("property.unit.edit"));
        edit.addClassName("property-action");
        edit.setTestId("property-unit-edit");
        var addOwner = new Button(VaadinIcon.USER_CHECK.create(), e -> openOwnerDialog(unit));
        addOwner.setAriaLabel(getTranslation("property.owner.add"));
        addOwner.addClassName("property-action");
        addOwner.setTestId("property-owner-add");
        var buttons = new HorizontalLayout(edit, addOwner);
        buttons.setSpacing(false);
        return buttons;
    }

    /** The area as typed: digits refused here with the service's message, the range by the service. */
    void openAreaDialog(UnitEntry unit) {
        var area = new TextField(getTranslation("property.units.area"));
        area.setValue(unit.area().toString());
        area.setSuffixComponent(new Span(getTranslation("property.area.unit")));
        area.setTestId("property-unit-area");
        var developerHeld = new Checkbox(getTranslation("property.units.developerHeld"), unit.developerHeld());
        developerHeld.setTestId("property-unit-developer");
        var form = new FormLayout(area, developerHeld);
        var dialog = new FormDialog(getTranslation("property.unit.editTitle", unit.address()), form)
                .width(FormDialog.Width.NARROW).refusalsAt(Map.of("area", area));
        dialog.primary(getTranslation("common.save"), () -> {
            Area typed;
            try {
                typed = Area.of(area.getValue());
            } catch (IllegalArgumentException notAnArea) {
                dialog.invalid(area, "property.area.invalid", UnitDraft.AREA_MAX);
                return false;
            }
            properties.setUnit(unit.householdId(), new UnitDraft(typed, developerHeld.getValue()));
            Notifications.success("property.unit.saved", unit.address());
            reload();
            return true;
        }).setTestId("property-unit-save");
        dialog.open(area);
    }

    /** A resident of the register picked from the search, or an owner living elsewhere by name and phone. */
    void openOwnerDialog(UnitEntry unit) {
        var name = new TextField(getTranslation("property.owner.name"));
        name.setMaxLength(OwnerDraft.NAME_MAX);
        name.setTestId("property-owner-name");
        var phone = new TextField(getTranslation("property.owner.phone"));
        phone.setTestId("property-owner-phone");
        var elsewhere = new FormLayout(name, phone);
        var hint = new Paragraph(getTranslation("property.owner.elsewhere"));
        List<FormDialog> opened = new ArrayList<>();
        var picker = new ResidentPicker(residents, communityId, picked -> opened.getFirst().attempt(() -> {
            properties.addOwner(unit.id(), new OwnerDraft(picked.id(), null, null));
            Notifications.success("property.owner.added", picked.name(), unit.address());
            reload();
            return true;
        }));
        var dialog = new FormDialog(getTranslation("property.owner.addTitle", unit.address()), picker, hint,
                elsewhere).refusalsAt(Map.of("name", name, "phone", phone, "residentId", picker.field()));
        opened.add(dialog);
        dialog.primary(getTranslation("property.owner.add"), () -> {
            properties.addOwner(unit.id(), new OwnerDraft(null, name.getValue(), phone.getValue()));
            Notifications.success("property.owner.added", name.getValue().strip(), unit.address());
            reload();
            return true;
        }).setTestId("property-owner-save");
        dialog.open(picker.field());
    }

    private void confirmRemove(UnitEntry unit, OwnerEntry owner) {
        var confirm = Localized.confirmDialog(getTranslation("property.owner.remove", owner.name()),
                getTranslation("property.owner.removeText", owner.name(), unit.address()),
                getTranslation("property.owner.removeConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            properties.removeOwner(unit.id(), owner.id());
            Notifications.success("property.owner.removed", owner.name(), unit.address());
            reload();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        CompoundEntry shown = compound;
        return shown == null ? getTranslation("property.units.menu")
                : getTranslation("property.units.title", Objects.requireNonNull(shown.name()));
    }
}
