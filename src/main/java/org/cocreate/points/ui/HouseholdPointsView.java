package org.cocreate.points.ui;

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
import org.cocreate.points.HouseholdBalances;
import org.cocreate.points.MemberBalance;
import org.cocreate.points.PointsService;
import org.cocreate.security.Role;

/**
 * A household's points: each member's balance, with their statement a tap away, and the household's
 * total. A household of another community shows exactly like one that does not exist.
 */
@Route("points/households/:householdId")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class HouseholdPointsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "householdId";

    final H2 address = new H2();
    final Grid<MemberBalance> members = new Grid<>();
    final Span total = new Span();
    final Paragraph notFound = new Paragraph();

    private final PointsService points;
    private final Div content;

    HouseholdPointsView(PointsService points) {
        this.points = points;
        setPadding(false);
        setSpacing(false);

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("household-points-back");

        address.addClassName("register-detail-title");
        address.setTestId("household-points-address");

        members.addColumn(MemberBalance::name).setHeader(getTranslation("resident.column.name"))
                .setFlexGrow(1);
        members.addColumn(m -> m.balance().toString()).setHeader(getTranslation("points.household.balance"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        members.addComponentColumn(m -> {
            var open = new Button(getTranslation("points.household.statement"), VaadinIcon.LIST.create(),
                    e -> openStatement(m));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.setTestId("household-points-statement-" + m.residentId());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        members.setAllRowsVisible(true);
        members.setTestId("household-points-members");
        Localized.emptyState(members);

        var totalLabel = new Span(getTranslation("points.household.total"));
        totalLabel.addClassName("points-balance-label");
        total.addClassName("points-balance");
        total.setTestId("household-points-total");
        var totalBox = new Div(totalLabel, total);
        totalBox.addClassName("points-balance-box");

        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("household-points-not-found");
        notFound.setVisible(false);

        content = new Div(address, totalBox, members);
        content.addClassNames("register-content", "points-household");
        content.setWidthFull();
        var missing = new Div(notFound);
        missing.addClassName("register-content");
        add(new ViewToolbar(getTranslation("points.household.title"), back), content, missing);
    }

    static RouteParameters parameters(long householdId) {
        return new RouteParameters(PARAMETER, String.valueOf(householdId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = ResidentStatementView.parseId(event.getRouteParameters().get(PARAMETER));
        HouseholdBalances household;
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            household = points.householdBalances(id);
        } catch (NotFoundException notVisible) {
            content.setVisible(false);
            members.setItems(List.of());
            notFound.setVisible(true);
            return;
        }
        address.setText(household.address());
        total.setText(household.total().toString());
        members.setItems(household.members());
        content.setVisible(true);
        notFound.setVisible(false);
    }

    private void openStatement(MemberBalance member) {
        getUI().ifPresent(ui -> ui.navigate(ResidentStatementView.class,
                ResidentStatementView.parameters(member.residentId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.household.title");
    }
}
