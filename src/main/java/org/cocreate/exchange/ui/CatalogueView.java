package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.ItemDraft;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.Picture;
import org.cocreate.points.Points;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 兑换目录: what the exchange counter of the working community offers, with the picture residents
 * recognise, the price in points, the limit per resident and day, and the stock, flagged when it runs
 * low. Staff add and edit items; the counter volunteers and supervisors read. The service refuses
 * anybody else; the hidden buttons only spare them the refusal.
 */
@Route("exchange/catalogue")
@Menu(order = 50, icon = "vaadin:package", title = "nav.catalogue")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    final Button add = new Button();
    final Grid<CatalogueItem> items = new Grid<>();
    final Grid.Column<CatalogueItem> editColumn;

    private final CatalogueService catalogue;
    private final long communityId;
    private final boolean mayEdit;

    CatalogueView(CatalogueService catalogue, CurrentUser currentUser, WorkingCommunity workingCommunity) {
        this.catalogue = catalogue;
        this.communityId = workingCommunity.id();
        this.mayEdit = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        setSpacing(false);

        add.setText(getTranslation("catalogue.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add.setTestId("catalogue-add");
        add.setVisible(mayEdit);
        add.addClickListener(e -> openItemDialog(null));

        items.addComponentColumn(this::thumbnail).setHeader(getTranslation("catalogue.column.picture"))
                .setWidth("5.5rem").setFlexGrow(0);
        // Kind and status sit under the name, so that the grid fits a portrait tablet without scrolling sideways.
        items.addComponentColumn(this::nameCell).setHeader(getTranslation("catalogue.column.name")).setFlexGrow(2)
                .setPartNameGenerator(i -> i.active() ? null : "catalogue-inactive");
        items.addColumn(i -> getTranslation("catalogue.price", i.price(), i.unit()))
                .setHeader(getTranslation("catalogue.column.price")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> limit(i.dailyLimit(), i.unit())).setHeader(getTranslation("catalogue.column.limit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        items.addComponentColumn(i -> ExchangeBadges.stock(this, i)).setHeader(getTranslation("catalogue.column.stock"))
                .setAutoWidth(true).setFlexGrow(0);
        editColumn = items.addComponentColumn(this::editButton).setWidth("7rem").setFlexGrow(0);
        editColumn.setVisible(mayEdit);
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setAllRowsVisible(true);
        items.setTestId("catalogue-items");
        Localized.emptyState(items);

        var content = new Div(items);
        content.addClassName("catalogue-content");
        add(new ViewToolbar(getTranslation("catalogue.title", workingCommunity.get().map(CommunityRef::name)
                .orElse("")), add), content);
        reload();
    }

    private void reload() {
        List<CatalogueItem> all = catalogue.catalogue(communityId);
        items.setItems(all);
    }

    private String limit(@Nullable Integer limit, String unit) {
        return limit == null ? getTranslation("catalogue.noLimit") : getTranslation("catalogue.limit", limit, unit);
    }

    private Component thumbnail(CatalogueItem item) {
        if (!item.hasPicture()) {
            Icon icon = (item.kind() == ItemKind.SERVICE ? VaadinIcon.TOOLS : VaadinIcon.PACKAGE).create();
            var placeholder = new Div(icon);
            placeholder.addClassName("catalogue-thumb-empty");
            return placeholder;
        }
        return picture(catalogue, item, "catalogue-thumb");
    }

    /** An item's picture, fetched only when the browser shows it (and checked by the service then). */
    static Image picture(CatalogueService catalogue, CatalogueItem item, String className) {
        long itemId = item.id();
        var image = new Image(DownloadHandler.fromInputStream(event -> catalogue.picture(itemId)
                .map(p -> new DownloadResponse(new ByteArrayInputStream(p.content()), "item-" + itemId,
                        p.contentType(), p.content().length))
                .orElseGet(() -> DownloadResponse.error(404))).inline(), item.name());
        image.addClassName(className);
        return image;
    }

    private Div nameCell(CatalogueItem item) {
        var name = new Span(item.name());
        name.addClassName("catalogue-name");
        var kind = new Span(getTranslation(item.kind().translationKey()));
        var details = new Div(kind, ExchangeBadges.onOffer(this, item));
        details.addClassName("catalogue-name-details");
        var cell = new Div(name, details);
        cell.addClassName("catalogue-name-cell");
        return cell;
    }

    private Button editButton(CatalogueItem item) {
        var edit = new Button(getTranslation("catalogue.edit"), VaadinIcon.EDIT.create(), e -> openItemDialog(item));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setTestId("catalogue-edit");
        return edit;
    }

    private void openItemDialog(@Nullable CatalogueItem editing) {
        var form = new ItemForm();
        form.read(editing == null ? null : new ItemDraft(editing.kind(), editing.name(), editing.unit(),
                Points.of(editing.price()), editing.dailyLimit(), editing.lowStockThreshold(), editing.active()),
                editing != null && editing.hasPicture());
        var dialog = new FormDialog(getTranslation(editing == null ? "catalogue.add" : "catalogue.editTitle"), form)
                .width(FormDialog.Width.WIDE).refusalsShownBy(form::showRefusal);
        dialog.primary(getTranslation("common.save"), () -> {
            Optional<ItemDraft> draft = form.write();
            if (draft.isEmpty()) {
                return false;
            }
            CatalogueItem saved = editing == null ? catalogue.createItem(communityId, draft.get())
                    : catalogue.updateItem(editing.id(), draft.get());
            Picture picture = form.picture();
            if (picture != null) {
                try {
                    catalogue.setPicture(saved.id(), picture);
                } catch (RefusedException refusal) {
                    // The item is saved; only its picture was refused (wrong type, too large).
                    Notifications.refused(refusal);
                    reload();
                    return true;
                }
            }
            Notifications.success("catalogue.saved", saved.name());
            reload();
            return true;
        }).setTestId("item-save");
        dialog.cancel().setTestId("item-cancel");
        dialog.open(form.name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogue");
    }
}
