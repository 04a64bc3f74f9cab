package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.cocreate.base.ui.EnterKey;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * The residents of the working community behind one search field (name, pinyin, phone tail, card code).
 * Staff register and edit residents here; the counter only finds them. Phones arrive masked from the
 * service for those who may not read them.
 */
@Route("residents")
@Menu(order = 10, icon = "vaadin:users", title = "nav.residents")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME})
class ResidentsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<CompoundEntry> compoundFilter = new Select<>();
    final Span total = new Span();
    final Grid<ResidentListEntry> grid = new Grid<>();
    final Button addResident = new Button();

    private final ResidentService residents;
    private final RegisterService register;
    private final long communityId;
    private final boolean staff;
    private final List<CompoundEntry> compounds;

    ResidentsView(ResidentService residents, RegisterService register, CurrentUser currentUser,
            WorkingCommunity workingCommunity) {
        this.residents = residents;
        this.register = register;
        this.communityId = workingCommunity.id();
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        this.compounds = register.compounds(communityId);
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        addResident.setText(getTranslation("resident.add"));
        addResident.setIcon(VaadinIcon.PLUS.create());
        addResident.addThemeVariants(ButtonVariant.PRIMARY);
        addResident.setTestId("resident-add");
        addResident.setVisible(staff);
        addResident.addClickListener(e -> openForm(null));

        search.setPlaceholder(getTranslation("resident.search.placeholder"));
        search.setAriaLabel(getTranslation("resident.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addClassName("resident-search");
        search.setTestId("resident-search");
        search.setWidthFull();
        search.setAutofocus(true);
        search.addValueChangeListener(e -> refresh());
        // A card scanner types the code and presses Enter: one match opens at once.
        EnterKey.on(search, this::openSingleMatch);

        compoundFilter.setLabel(getTranslation("resident.filter.compound"));
        compoundFilter.setItems(compounds);
        // The empty selection is an item too: the generator is asked for its label with null.
        compoundFilter.setItemLabelGenerator(c -> c == null ? "" : c.name());
        compoundFilter.setEmptySelectionAllowed(true);
        compoundFilter.setEmptySelectionCaption(getTranslation("resident.filter.allCompounds"));
        // With nothing chosen the field shows its placeholder, not the empty item's caption.
        compoundFilter.setPlaceholder(getTranslation("resident.filter.allCompounds"));
        compoundFilter.setTestId("resident-compound-filter");
        compoundFilter.addValueChangeListener(e -> refresh());

        total.addClassName("register-total");
        total.setTestId("resident-total");
        var filters = new HorizontalLayout(compoundFilter, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("register-filters");

        configureGrid();

        var content = new VerticalLayout(search, filters, grid);
        content.setSizeFull();
        content.setSpacing(false);
        content.addClassName("register-content");
        add(new ViewToolbar(getTranslation("resident.title", register.communityName(communityId)), addResident),
                content);
        setFlexGrow(1, content);
        refresh();
        search.focus();
    }

    private void configureGrid() {
        grid.addColumn(ResidentListEntry::name).setHeader(getTranslation("resident.column.name"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(r -> r.gender() == null ? "" : getTranslation(r.gender().translationKey()))
                .setHeader(getTranslation("resident.column.gender")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.birthYear() == null ? "" : String.valueOf(r.birthYear()))
                .setHeader(getTranslation("resident.column.birthYear")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResidentListEntry::address).setHeader(getTranslation("resident.column.address"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ResidentListEntry::phone).setHeader(getTranslation("resident.column.phone"))
                .setPartNameGenerator(r -> "phone").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> TagBadges.of(this, r)).setHeader(getTranslation("resident.column.tags"))
                .setFlexGrow(1);
        grid.setItems(query -> residents.list(communityId, compoundId(), search.getValue(), query.getOffset(),
                        query.getLimit()).stream(),
                query -> (int) residents.count(communityId, compoundId(), search.getValue()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setTestId("resident-grid");
        grid.setSizeFull();
        Localized.emptyState(grid);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private @Nullable Long compoundId() {
        CompoundEntry chosen = compoundFilter.getValue();
        return chosen == null ? null : chosen.id();
    }

    private void refresh() {
        total.setText(getTranslation("resident.total", residents.count(communityId, compoundId(), search.getValue())));
        grid.getDataProvider().refreshAll();
    }

    private void openSingleMatch() {
        List<ResidentListEntry> matches = residents.list(communityId, compoundId(), search.getValue(), 0, 2);
        if (matches.size() == 1) {
            open(matches.getFirst());
        }
    }

    private void open(ResidentListEntry resident) {
        if (staff) {
            openForm(resident.id());
        } else {
            getUI().ifPresent(ui -> ui.navigate(HouseholdView.class, HouseholdView.parameters(resident.household().id())));
        }
    }

    private void openForm(@Nullable Long residentId) {
        ResidentDraft draft = residentId == null ? null : residents.edit(residentId);
        HouseholdEntry household = draft == null || draft.householdId() == null ? null
                : register.householdEntry(draft.householdId());
        var form = new ResidentForm(register, compounds);
        form.read(draft, household, compoundFilter.getValue());

        var dialog = new FormDialog(residentId == null ? getTranslation("resident.add")
                : getTranslation("resident.edit", draft == null ? "" : draft.name()), form)
                .width(FormDialog.Width.WIDE).refusalsShownBy(form::showRefusal);
        dialog.addClassName("resident-dialog");
        dialog.primary(getTranslation("common.save"), () -> save(form, residentId)).setTestId("resident-save");
        dialog.cancel().setTestId("resident-cancel");
        if (residentId != null && household != null) {
            var printCard = new Button(getTranslation("resident.printCard"), VaadinIcon.PRINT.create(), e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("residents/" + residentId + "/card"));
            });
            printCard.setTestId("resident-print-card");
            var showHousehold = new Button(getTranslation("resident.showHousehold"), VaadinIcon.HOME.create(), e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(HouseholdView.class, HouseholdView.parameters(household.id())));
            });
            showHousehold.setTestId("resident-show-household");
            // By its address: the points screens live in a feature that depends on this one, not the reverse.
            var pointsStatement = new Button(getTranslation("resident.pointsStatement"), VaadinIcon.LIST.create(),
                    e -> {
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate("points/residents/" + residentId + "/statement"));
                    });
            pointsStatement.setTestId("resident-points-statement");
            dialog.footerStart(printCard, showHousehold, pointsStatement);
        }
        dialog.open(form.name);
    }

    private boolean save(ResidentForm form, @Nullable Long residentId) {
        Optional<ResidentDraft> entered = form.write();
        Long buildingId = form.buildingId();
        if (entered.isEmpty() || buildingId == null) {
            return false;
        }
        HouseholdEntry household = register.household(buildingId, form.unitValue(), form.roomValue());
        ResidentDraft draft = entered.get().livingIn(household.id());
        if (residentId == null) {
            residents.register(communityId, draft);
        } else {
            residents.update(residentId, draft);
        }
        Notifications.success(residentId == null ? "resident.registered" : "resident.saved", draft.name().strip());
        refresh();
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.residents");
    }
}
