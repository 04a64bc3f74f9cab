package org.cocreate.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.MovementKind;
import org.cocreate.exchange.MovementLine;
import org.cocreate.exchange.SponsorGift;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * 库存: the stock of every item of the working community, low stock flagged; the item picked shows its
 * movements (the stock is their sum), newest first, and staff receive goods, take stock and write off
 * from here. Below, 捐赠统计: what each sponsor gave and how much of it residents have redeemed.
 */
@Route("exchange/stock")
@Menu(order = 51, icon = "vaadin:stock", title = "nav.stock")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class StockView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code ?show=low}: only the items running low (the workbench's to-do opens the list so). */
    static final String SHOW = "show";
    static final String SHOW_LOW = "low";

    /** How many of an item's newest movements the page shows. */
    static final int MOVEMENTS_SHOWN = 200;

    final Grid<CatalogueItem> items = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final H2 itemHeading = new H2();
    final Span itemStock = new Span();
    final Button receive = new Button();
    final Button stocktake = new Button();
    final Button writeOff = new Button();
    final HorizontalLayout actions = new HorizontalLayout();
    final Select<MovementKind> kindFilter = new Select<>();
    final Grid<MovementLine> movements = new Grid<>();
    final Paragraph pickHint = new Paragraph();
    final Grid<SponsorGift> sponsors = new Grid<>();
    final Checkbox onlyLow = new Checkbox();

    private final CatalogueService catalogue;
    private final long communityId;
    private final boolean mayEdit;
    private final Formats formats = Formats.current();
    private @Nullable CatalogueItem selected;
    private List<MovementLine> loaded = List.of();
    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();

    StockView(CatalogueService catalogue, CurrentUser currentUser, WorkingCommunity workingCommunity,
            UserService users) {
        this.catalogue = catalogue;
        this.users = users;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        setSpacing(false);

        items.addColumn(CatalogueItem::name).setHeader(getTranslation("stock.column.item")).setFlexGrow(1);
        items.addComponentColumn(i -> ExchangeBadges.stock(this, i)).setHeader(getTranslation("stock.column.stock"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setAllRowsVisible(true);
        items.setTestId("stock-items");
        Localized.emptyState(items);
        ((GridSingleSelectionModel<CatalogueItem>) items.getSelectionModel()).setDeselectAllowed(false);
        items.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        configureDetail();
        configureSponsors();

        onlyLow.setLabel(getTranslation("stock.onlyLow"));
        onlyLow.setTestId("stock-only-low");
        onlyLow.addValueChangeListener(e -> reload(selected == null ? null : selected.id()));
        var itemsPane = new Div(onlyLow, items);
        itemsPane.addClassName("stock-items");
        var columns = new Div(itemsPane, detail);
        columns.addClassName("stock-columns");
        var sponsorHeading = new H2(getTranslation("stock.sponsors.title"));
        sponsorHeading.addClassName("stock-heading");
        var sponsorHint = new Paragraph(getTranslation("stock.sponsors.hint"));
        sponsorHint.addClassName("stock-hint");
        var sponsorSection = new Div(sponsorHeading, sponsorHint, sponsors);
        sponsorSection.addClassName("stock-sponsors");
        var content = new Div(columns, sponsorSection);
        content.addClassName("stock-content");
        add(new ViewToolbar(getTranslation("stock.title", workingCommunity.get().map(CommunityRef::name)
                .orElse(""))), content);
        reload(null);
    }

    private void configureDetail() {
        itemHeading.addClassName("stock-heading");
        itemStock.addClassName("stock-item-stock");
        itemStock.setTestId("stock-item-stock");
        receive.setText(getTranslation("stock.receive"));
        receive.setIcon(VaadinIcon.PLUS_CIRCLE.create());
        receive.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        receive.setTestId("stock-receive");
        receive.addClickListener(e -> withSelected(item -> new ReceiveDialog(catalogue, item, done -> {
            Notifications.success("stock.receive.done", item.name(), done.quantity(), item.unit(), done.stockAfter());
            reload(item.id());
        }).open()));
        stocktake.setText(getTranslation("stock.stocktake"));
        stocktake.setIcon(VaadinIcon.CLIPBOARD_CHECK.create());
        stocktake.addThemeVariants(ButtonVariant.LARGE);
        stocktake.setTestId("stock-stocktake");
        stocktake.addClickListener(e -> withSelected(item -> new StocktakeDialog(catalogue, item, done -> {
            if (done.isPresent()) {
                Notifications.success("stock.stocktake.done", item.name(), done.get().stockAfter(), item.unit());
            } else {
                Notifications.success("stock.stocktake.same", item.name());
            }
            reload(item.id());
        }).open()));
        writeOff.setText(getTranslation("stock.writeOff"));
        writeOff.setIcon(VaadinIcon.TRASH.create());
        writeOff.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.ERROR);
        writeOff.setTestId("stock-write-off");
        writeOff.addClickListener(e -> withSelected(item -> new WriteOffDialog(catalogue, item, done -> {
            Notifications.success("stock.writeOff.done", item.name(), -done.quantity(), item.unit(),
                    done.stockAfter());
            reload(item.id());
        }).open()));
        actions.add(receive, stocktake, writeOff);
        actions.addClassName("stock-actions");
        actions.setVisible(mayEdit);

        kindFilter.setLabel(getTranslation("stock.filter"));
        kindFilter.setItems(MovementKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("stock.filter.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("stock.filter.all")
                : getTranslation(k.translationKey()));
        kindFilter.setTestId("stock-kind-filter");
        kindFilter.addValueChangeListener(e -> filter());

        movements.addColumn(m -> formats.dateTime(m.createdAt())).setHeader(getTranslation("stock.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        movements.addColumn(m -> getTranslation(m.kind().translationKey()))
                .setHeader(getTranslation("stock.column.kind")).setAutoWidth(true).setFlexGrow(0);
        movements.addColumn(m -> formats.signed(m.quantity())).setHeader(getTranslation("stock.column.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(m -> m.quantity() > 0 ? "stock-in" : "stock-out");
        movements.addColumn(MovementLine::stockAfter).setHeader(getTranslation("stock.column.after"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        movements.addColumn(this::why).setHeader(getTranslation("stock.column.why")).setFlexGrow(1);
        movements.addColumn(m -> staffNames.name(m.createdBy()))
                .setHeader(getTranslation("stock.column.who")).setAutoWidth(true).setFlexGrow(0);
        movements.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        movements.setAllRowsVisible(true);
        movements.setTestId("stock-movements");
        movements.setEmptyStateText(getTranslation("stock.movements.none"));

        var stockLine = new HorizontalLayout(itemHeading, itemStock);
        stockLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        stockLine.addClassName("stock-item-title");
        pickHint.setText(getTranslation("stock.pick"));
        pickHint.addClassName("stock-hint");
        pickHint.setTestId("stock-pick");
        detail.setPadding(false);
        detail.setSpacing(false);
        detail.addClassName("stock-detail");
        detail.add(pickHint, stockLine, actions, kindFilter, movements);
    }

    private void configureSponsors() {
        sponsors.addColumn(SponsorGift::sponsor).setHeader(getTranslation("stock.sponsors.sponsor")).setFlexGrow(1);
        sponsors.addColumn(SponsorGift::itemName).setHeader(getTranslation("stock.sponsors.item")).setFlexGrow(1);
        sponsors.addColumn(g -> getTranslation("catalogue.stock", g.given(), g.unit()))
                .setHeader(getTranslation("stock.sponsors.given")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        sponsors.addColumn(g -> getTranslation("catalogue.stock", g.redeemed(), g.unit()))
                .setHeader(getTranslation("stock.sponsors.redeemed")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        sponsors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sponsors.setAllRowsVisible(true);
        sponsors.setTestId("stock-sponsors");
        sponsors.setEmptyStateText(getTranslation("stock.sponsors.none"));
    }

    private void reload(@Nullable Long selectId) {
        List<CatalogueItem> all = catalogue.catalogue(communityId).stream()
                .filter(i -> !onlyLow.getValue() || i.lowStock()).toList();
        items.setItems(all);
        sponsors.setItems(catalogue.sponsorReport(communityId));
        CatalogueItem toSelect = all.stream().filter(i -> selectId != null && i.id() == selectId).findFirst()
                .orElse(null);
        if (toSelect != null) {
            items.select(toSelect);
            // Selecting the row already selected fires no event: show it anyway, its stock has changed.
            show(toSelect);
        } else {
            selected = null;
            showNothing();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onlyLow.setValue(event.getLocation().getQueryParameters().getSingleParameter(SHOW)
                .filter(SHOW_LOW::equals).isPresent());
    }

    private void showNothing() {
        pickHint.setVisible(true);
        for (var part : List.of(itemHeading, itemStock, kindFilter, movements)) {
            part.setVisible(false);
        }
        actions.setVisible(false);
    }

    private void show(CatalogueItem item) {
        selected = item;
        pickHint.setVisible(false);
        for (var part : List.of(itemHeading, itemStock, kindFilter, movements)) {
            part.setVisible(true);
        }
        actions.setVisible(mayEdit);
        itemHeading.setText(item.name());
        itemStock.removeAll();
        itemStock.add(ExchangeBadges.stock(this, item));
        loaded = catalogue.movements(item.id(), 0, MOVEMENTS_SHOWN);
        staffNames = StaffNames.of(users, loaded.stream().map(MovementLine::createdBy));
        filter();
    }

    private void filter() {
        MovementKind kind = kindFilter.getValue();
        List<MovementLine> shown = new ArrayList<>();
        for (MovementLine line : loaded) {
            if (kind == null || line.kind() == kind) {
                shown.add(line);
            }
        }
        movements.setItems(shown);
    }

    private void withSelected(Consumer<CatalogueItem> action) {
        if (selected != null) {
            action.accept(selected);
        }
    }

    /** Why the stock changed: the sponsor of a donation, the reason of a count or write-off, or the note. */
    private String why(MovementLine line) {
        List<String> parts = new ArrayList<>();
        if (line.sponsor() != null) {
            parts.add(getTranslation("stock.donatedBy", line.sponsor()));
        }
        if (line.reason() != null) {
            parts.add(line.reason());
        }
        if (line.redemptionId() != null) {
            parts.add(getTranslation("stock.redemption", line.redemptionId()));
        }
        return String.join(getTranslation("stock.whySeparator"), parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stock");
    }
}
