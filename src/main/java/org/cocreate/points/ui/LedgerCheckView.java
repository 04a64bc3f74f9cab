package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.RegisterService;
import org.cocreate.points.LedgerDifference;
import org.cocreate.points.LedgerSize;
import org.cocreate.points.PointsService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * 账本核对: adds up every account's entries of the working community and compares the sums with the
 * balances the accounts show. They agree unless something went very wrong; when not, the accounts
 * that differ are listed, each a tap away from its resident's statement.
 */
@Route("points/ledger-check")
@Menu(order = 48, icon = "vaadin:check-square-o", title = "nav.ledgerCheck")
@RolesAllowed(Role.ADMIN_NAME)
class LedgerCheckView extends VerticalLayout implements HasDynamicTitle {

    final Button start = new Button();
    final Span summary = new Span();
    final Div consistent = new Div();
    final Grid<LedgerDifference> differences = new Grid<>();

    private final PointsService points;
    private final long communityId;

    LedgerCheckView(PointsService points, RegisterService register, WorkingCommunity workingCommunity) {
        this.points = points;
        this.communityId = workingCommunity.id();
        setPadding(false);
        setSpacing(false);

        start.setText(getTranslation("points.ledgerCheck.start"));
        start.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        start.setTestId("ledger-check-start");
        start.setDisableOnClick(true);
        start.addClickListener(e -> check());

        var explanation = new Paragraph(getTranslation("points.ledgerCheck.explanation"));
        explanation.addClassName("register-hint");
        summary.addClassName("points-ledger-summary");
        summary.setTestId("ledger-check-summary");
        summary.setVisible(false);

        var icon = VaadinIcon.CHECK_CIRCLE.create();
        consistent.add(icon, new Span(getTranslation("points.ledgerCheck.consistent")));
        consistent.addClassName("points-ledger-consistent");
        consistent.setTestId("ledger-check-consistent");
        consistent.setVisible(false);

        differences.addColumn(LedgerDifference::accountId).setHeader(getTranslation("points.ledgerCheck.account"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        differences.addColumn(LedgerDifference::residentId)
                .setHeader(getTranslation("points.ledgerCheck.resident")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        differences.addColumn(d -> d.cachedBalance().toString())
                .setHeader(getTranslation("points.ledgerCheck.cached")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(1);
        differences.addColumn(LedgerDifference::sumOfEntries)
                .setHeader(getTranslation("points.ledgerCheck.sum")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(1);
        differences.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        differences.setAllRowsVisible(true);
        differences.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ResidentStatementView.class,
                ResidentStatementView.parameters(e.getItem().residentId()))));
        differences.setTestId("ledger-check-differences");
        differences.setVisible(false);
        Localized.emptyState(differences);

        var content = new VerticalLayout(explanation, start, summary, consistent, differences);
        content.addClassName("points-ledger-check");
        add(new ViewToolbar(getTranslation("points.ledgerCheck.title", register.communityName(communityId))),
                content);
    }

    private void check() {
        try {
            LedgerSize size = points.ledgerSize(communityId);
            long started = System.nanoTime();
            List<LedgerDifference> found = points.ledgerCheck(communityId);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            summary.setText(getTranslation("points.ledgerCheck.summary", millis, size.accounts(), size.entries()));
            summary.setVisible(true);
            consistent.setVisible(found.isEmpty());
            differences.setItems(found);
            differences.setVisible(!found.isEmpty());
            if (!found.isEmpty()) {
                summary.setText(summary.getText() + " " + getTranslation("points.ledgerCheck.differ", found.size()));
            }
        } finally {
            start.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ledgerCheck");
    }
}
