package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One household: its address and the people living there. Reached from a resident, not from the menu.
 * A household of another community shows exactly like one that does not exist.
 */
@Route("households/:householdId")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME})
class HouseholdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "householdId";

    final H2 address = new H2();
    final Span memberCount = new Span();
    final Grid<ResidentListEntry> members = new Grid<>();
    final Paragraph notFound = new Paragraph();
    final Button points = new Button();

    private final RegisterService register;
    private final ResidentService residents;
    private @Nullable Long shownId;

    HouseholdView(RegisterService register, ResidentService residents) {
        this.register = register;
        this.residents = residents;
        setPadding(false);
        setSpacing(false);

        var back = new Button(getTranslation("household.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResidentsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("household-back");

        address.addClassName("register-detail-title");
        address.setTestId("household-address");
        memberCount.setTestId("household-member-count");
        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("household-not-found");
        notFound.setVisible(false);

        members.addColumn(ResidentListEntry::name).setHeader(getTranslation("resident.column.name"))
                .setAutoWidth(true).setFlexGrow(0);
        members.addColumn(r -> r.gender() == null ? "" : getTranslation(r.gender().translationKey()))
                .setHeader(getTranslation("resident.column.gender")).setAutoWidth(true).setFlexGrow(0);
        members.addColumn(r -> r.birthYear() == null ? "" : String.valueOf(r.birthYear()))
                .setHeader(getTranslation("resident.column.birthYear")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        members.addColumn(ResidentListEntry::phone).setHeader(getTranslation("resident.column.phone"))
                .setPartNameGenerator(r -> "phone").setAutoWidth(true).setFlexGrow(0);
        members.addComponentColumn(r -> TagBadges.of(this, r))
                .setHeader(getTranslation("resident.column.tags")).setFlexGrow(1);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        members.setTestId("household-members");
        Localized.emptyState(members);

        // By its address: the points screens live in a feature that depends on this one, not the reverse.
        points.setText(getTranslation("household.points"));
        points.setIcon(VaadinIcon.STAR_O.create());
        points.setTestId("household-points");
        points.setVisible(false);
        points.addClickListener(e -> {
            if (shownId != null) {
                long id = shownId;
                getUI().ifPresent(ui -> ui.navigate("points/households/" + id));
            }
        });

        var content = new VerticalLayout(address, memberCount, members, notFound);
        content.addClassName("register-content");
        add(new ViewToolbar(getTranslation("household.title"), back, points), content);
    }

    static RouteParameters parameters(long householdId) {
        return new RouteParameters(PARAMETER, String.valueOf(householdId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().get(PARAMETER).map(HouseholdView::parseId).orElse(null);
        if (id == null) {
            showNotFound();
            return;
        }
        HouseholdEntry household;
        List<ResidentListEntry> people;
        try {
            household = register.householdEntry(id);
            people = residents.householdMembers(id);
        } catch (NotFoundException notVisible) {
            showNotFound();
            return;
        }
        address.setText(household.address());
        memberCount.setText(getTranslation("household.memberCount", people.size()));
        members.setItems(people);
        shownId = id;
        points.setVisible(true);
        address.setVisible(true);
        memberCount.setVisible(true);
        members.setVisible(true);
        notFound.setVisible(false);
    }

    /** A typed or stale address like households/abc is a household that does not exist. */
    private static @Nullable Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private void showNotFound() {
        shownId = null;
        points.setVisible(false);
        address.setVisible(false);
        memberCount.setVisible(false);
        members.setVisible(false);
        members.setItems(List.of());
        notFound.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("household.title");
    }
}
