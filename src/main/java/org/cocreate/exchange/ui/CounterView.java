package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.PlainText;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.PhoneNumbers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.exchange.CounterResident;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.Receipt;
import org.cocreate.exchange.RedeemCommand;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionOffer;
import org.cocreate.exchange.SessionStatus;
import org.cocreate.exchange.StockChanged;
import org.cocreate.points.BalanceChanged;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.SignedInUser;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 兑换柜台 on a tablet at a redemption day: find the resident (search or card), tap + on the items, press
 * 确认兑换, hand over the goods with the receipt, 下一位. The tiles show the stock that every counter of the
 * community takes from, live: another counter's redemption updates them through Push.
 */
@Route("exchange/counter/:sessionId?([0-9]{1,18})")
@Menu(order = 52, icon = "vaadin:cart", title = "nav.counter")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COUNTER_NAME})
class CounterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "sessionId";
    /** The counter's name is the tablet's: kept for the session, so that it is typed once a day. */
    private static final String COUNTER_NAME = CounterView.class.getName() + "#counterName";

    final Div chooser = new Div();
    final PlainText chooserHint = new PlainText();
    final Div counter = new Div();
    final PlainText sessionTitle = new PlainText();
    final TextField counterName = new TextField();
    /** The day's place and date and the counter's name, in the toolbar while the counter is open. */
    private final Div head;
    final ResidentPicker search;
    final Div residentPanel = new Div();
    final PlainText residentName = new PlainText();
    final PlainText residentDetails = new PlainText();
    final PlainText balance = new PlainText();
    final PlainText limits = new PlainText();
    final Button changeResident = new Button();
    final Div tiles = new Div();
    final Map<Long, ItemTile> tileByItem = new LinkedHashMap<>();
    final PlainText total = new PlainText();
    final PlainText balanceAfter = new PlainText();
    final Button confirm = new Button();
    /**
     * Made at the first redemption, not with the counter: a tablet that waits for its first resident holds
     * none of it (server memory per open counter, docs/PERFORMANCE.md).
     */
    @Nullable CounterReceipt receipt;

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final long communityId;
    private @Nullable SessionEntry session;
    private @Nullable ResidentListEntry resident;
    private @Nullable CounterBasket basket;

    CounterView(CatalogueService catalogue, RedemptionService redemptions, ResidentService residents,
            LiveEvents liveEvents, WorkingCommunity workingCommunity, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.communityId = workingCommunity.id();
        // Every counter of the community, on this node or another: their redemptions, receipts and counts.
        LiveScreen.follow(this, liveEvents, StockChanged.class, () -> communityId, this::stockChanged);
        LiveScreen.follow(this, liveEvents, BalanceChanged.class, () -> communityId, this::balanceChanged);
        this.search = new ResidentPicker(residents, communityId, this::pickResident);
        setPadding(false);
        setSpacing(false);
        addClassName("counter-view");

        chooser.addClassName("counter-chooser");
        chooserHint.addClassName("counter-hint");

        // In the toolbar beside the day's place and date: a prefix, not a label above it, keeps the bar one row
        // high, so that the tiles get the height (the field is still named for screen readers).
        counterName.setAriaLabel(getTranslation("exchange.counter.name"));
        counterName.setPrefixComponent(new PlainText(getTranslation("exchange.counter.name")));
        counterName.setMaxLength(COUNTER_NAME_MAX);
        counterName.addClassName("counter-name");
        counterName.setTestId("counter-name");
        Object kept = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(COUNTER_NAME);
        counterName.setValue(kept instanceof String name ? name
                : currentUser.get().map(SignedInUser::displayName).orElse(""));
        counterName.addValueChangeListener(e -> {
            if (VaadinSession.getCurrent() != null) {
                VaadinSession.getCurrent().setAttribute(COUNTER_NAME, e.getValue().strip());
            }
        });
        sessionTitle.addClassName("counter-session");
        sessionTitle.setTestId("counter-session");
        head = new Div(sessionTitle, counterName);
        head.addClassName("counter-head");
        head.setVisible(false);

        residentName.addClassName("counter-resident-name");
        residentName.setTestId("counter-resident-name");
        residentDetails.addClassName("counter-resident-details");
        balance.addClassName("counter-balance");
        balance.setTestId("counter-balance");
        limits.addClassName("counter-limits");
        limits.setTestId("counter-limits");
        changeResident.setText(getTranslation("exchange.counter.changeResident"));
        changeResident.setIcon(VaadinIcon.EXCHANGE.create());
        changeResident.addClassName("counter-touch");
        changeResident.setTestId("counter-change-resident");
        changeResident.addClickListener(e -> nextResident());
        var who = new Div(residentName, residentDetails, limits);
        who.addClassName("counter-resident-text");
        var balanceBox = new Div(new PlainText(getTranslation("exchange.counter.balance")), balance);
        balanceBox.addClassName("counter-balance-box");
        residentPanel.add(who, balanceBox, changeResident);
        residentPanel.addClassName("counter-resident");
        residentPanel.setTestId("counter-resident");

        tiles.addClassName("counter-tiles");

        total.addClassName("counter-total");
        total.setTestId("counter-total");
        balanceAfter.addClassName("counter-balance-after");
        balanceAfter.setTestId("counter-balance-after");
        confirm.setText(getTranslation("exchange.counter.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        confirm.addClassName("counter-confirm");
        confirm.setTestId("counter-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> submit());
        var sums = new Div(total, balanceAfter);
        sums.addClassName("counter-sums");
        var bar = new Div(sums, confirm);
        bar.addClassName("counter-bar");

        counter.add(search, residentPanel, tiles, bar);
        counter.addClassName("counter-main");
        add(new ViewToolbar(getTranslation("nav.counter"), head), chooser, counter);
        setFlexGrow(1, counter);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The router reuses this view when only the parameter changes: start from a clean counter each time.
        Optional<Long> sessionId = event.getRouteParameters().getLong(PARAMETER);
        List<SessionEntry> open = redemptions.sessions(communityId).stream()
                .filter(s -> s.status() == SessionStatus.OPEN).toList();
        if (sessionId.isEmpty() && open.size() == 1) {
            event.forwardTo(CounterView.class, new RouteParameters(PARAMETER, String.valueOf(open.getFirst().id())));
            return;
        }
        SessionEntry chosen = null;
        if (sessionId.isPresent()) {
            try {
                chosen = redemptions.session(sessionId.get());
            } catch (NotFoundException notHere) {
                chosen = null;
            }
        }
        if (chosen != null && chosen.status() == SessionStatus.OPEN) {
            openCounter(chosen);
        } else {
            showChooser(open, sessionId.isPresent());
        }
    }

    private void showChooser(List<SessionEntry> open, boolean asked) {
        session = null;
        tiles.removeAll();
        tileByItem.clear();
        chooser.removeAll();
        chooser.setVisible(true);
        counter.setVisible(false);
        head.setVisible(false);
        hideReceipt();
        chooserHint.setText(getTranslation(open.isEmpty() ? "exchange.counter.noSession"
                : asked ? "exchange.counter.sessionGone" : "exchange.counter.chooseSession"));
        chooser.add(chooserHint);
        for (SessionEntry entry : open) {
            var button = new Button(getTranslation("exchange.counter.sessionButton", entry.place(),
                    Formats.current().date(entry.date()), entry.offer().size()));
            button.setIcon(VaadinIcon.CART.create());
            button.addThemeVariants(ButtonVariant.LARGE);
            button.addClassName("counter-session-button");
            button.setTestId("counter-session-" + entry.id());
            button.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CounterView.class,
                    new RouteParameters(PARAMETER, String.valueOf(entry.id())))));
            chooser.add(button);
        }
    }

    private void openCounter(SessionEntry entry) {
        session = entry;
        chooser.setVisible(false);
        counter.setVisible(true);
        head.setVisible(true);
        sessionTitle.setText(getTranslation("exchange.counter.sessionTitle", entry.place(),
                Formats.current().date(entry.date())));
        tiles.removeAll();
        tileByItem.clear();
        for (SessionOffer offer : entry.offer()) {
            var tile = new ItemTile(offer, catalogue, () -> plus(offer.itemId()), () -> minus(offer.itemId()));
            tileByItem.put(offer.itemId(), tile);
            tiles.add(tile);
        }
        clearResident();
        giveTheCounterTheWidth();
    }

    /**
     * Counter mode: during a redemption day the menu drawer gives the counter its width (at 1024×768 the
     * tiles get five columns instead of four); ☰ still opens it, and it stays open once opened.
     */
    private void giveTheCounterTheWidth() {
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            layout.setDrawerOpened(false);
        }
    }

    private void pickResident(ResidentListEntry picked) {
        SessionEntry current = session;
        if (current == null) {
            return;
        }
        CounterResident atCounter;
        try {
            atCounter = redemptions.atCounter(current.id(), picked.id());
        } catch (NotFoundException notOfThisCommunity) {
            Notifications.error("exchange.counter.notHere", picked.name());
            return;
        }
        resident = picked;
        basket = new CounterBasket(atCounter);
        residentName.setText(picked.name());
        residentDetails.setText(picked.address() + (picked.phone().isEmpty() ? ""
                : " \u00b7 " + PhoneNumbers.mask(picked.phone())));
        showResident();
        refresh();
    }

    /**
     * 下一位: the basket, the resident and the receipt go; the stock is read again (in case a Push message
     * was lost); the search is ready for the next card.
     */
    void nextResident() {
        SessionEntry current = session;
        if (current != null) {
            reloadStock(current);
        }
        clearResident();
    }

    private void clearResident() {
        resident = null;
        basket = null;
        hideReceipt();
        counter.setVisible(session != null);
        showResident();
        search.clear();
        refresh();
        search.focus();
    }

    private void showResident() {
        residentPanel.setVisible(resident != null);
        search.setVisible(resident == null);
    }

    private void plus(long itemId) {
        ItemTile tile = tileByItem.get(itemId);
        if (basket != null && tile != null && basket.add(tile.offer())) {
            refresh();
        }
    }

    private void minus(long itemId) {
        if (basket != null && basket.remove(itemId)) {
            refresh();
        }
    }

    /** Tiles, limits, the total and the balance after, from the basket as it is now. */
    private void refresh() {
        CounterBasket current = basket;
        tileByItem.values().forEach(tile -> tile.show(current));
        if (current == null) {
            total.setText("");
            balanceAfter.setText("");
            limits.setText("");
            confirm.setEnabled(false);
            return;
        }
        balance.setText(Formats.current().points(current.resident().balance()));
        total.setText(getTranslation("exchange.counter.total", current.total()));
        balanceAfter.setText(getTranslation("exchange.counter.balanceAfter", current.balanceAfter()));
        limits.setText(limitsText(current));
        confirm.setEnabled(!current.isEmpty());
    }

    private String limitsText(CounterBasket current) {
        List<String> parts = tileByItem.values().stream().map(ItemTile::offer)
                .filter(offer -> current.resident().remainingToday().containsKey(offer.itemId()))
                .map(offer -> getTranslation("exchange.counter.limitItem", offer.name(),
                        current.resident().remainingToday().get(offer.itemId()), offer.unit()))
                .toList();
        return parts.isEmpty() ? "" : getTranslation("exchange.counter.limits", String.join(" \u00b7 ", parts));
    }

    private void submit() {
        try {
            send();
        } finally {
            confirm.setEnabled(basket != null && !basket.isEmpty());
        }
    }

    private void send() {
        SessionEntry current = session;
        CounterBasket chosen = basket;
        ResidentListEntry who = resident;
        if (current == null || chosen == null || who == null) {
            Notifications.error("exchange.counter.residentFirst");
            return;
        }
        if (chosen.isEmpty()) {
            Notifications.error("exchange.basket.empty");
            return;
        }
        String name = counterName.getValue().strip();
        Receipt done;
        try {
            // The basket's key: a second tap, or a retry after a lost answer, gets the same receipt.
            done = redemptions.redeem(new RedeemCommand(current.id(), who.id(), chosen.lines(), chosen.idempotencyKey(),
                    name.isEmpty() ? null : name));
        } catch (RefusedException refusal) {
            Notifications.refused(refusal);
            reload(current, who, chosen);
            return;
        }
        CounterReceipt shown = receipt();
        shown.show(done, who.name());
        counter.setVisible(false);
        shown.setVisible(true);
        shown.focusNext();
    }

    private CounterReceipt receipt() {
        CounterReceipt made = receipt;
        if (made == null) {
            made = new CounterReceipt(this::nextResident);
            receipt = made;
            add(made);
        }
        return made;
    }

    private void hideReceipt() {
        if (receipt != null) {
            receipt.setVisible(false);
        }
    }

    /**
     * After a refusal: the stock and the resident's balance and limits as they are now, the basket kept but
     * for what is no longer on the shelf (the refusal said which).
     */
    private void reload(SessionEntry current, ResidentListEntry who, CounterBasket chosen) {
        reloadStock(current);
        basket = chosen.refreshed(redemptions.atCounter(current.id(), who.id()));
        refresh();
    }

    private void reloadStock(SessionEntry current) {
        Map<Long, Integer> stock = new LinkedHashMap<>();
        redemptions.session(current.id()).offer().forEach(o -> stock.put(o.itemId(), o.stock()));
        tileByItem.forEach((id, tile) -> Optional.ofNullable(stock.get(id)).ifPresent(left -> {
            tile.stockChanged(left);
            fitBasketTo(id, left);
        }));
    }

    /**
     * Another counter (or this one) changed an item's stock: show it at once, and take out of the basket
     * what is no longer on the shelf, saying so, rather than letting confirm find out.
     */
    void stockChanged(StockChanged change) {
        ItemTile tile = tileByItem.get(change.itemId());
        if (tile != null) {
            tile.stockChanged(change.stock());
            if (fitBasketTo(change.itemId(), change.stock()) > 0) {
                Notifications.error("exchange.counter.takenElsewhere", tile.offer().name(), change.stock(),
                        tile.offer().unit());
            }
            refresh();
        }
    }

    /** The basket holds no more of the item than is left; not once the receipt shows (this counter's own). */
    private int fitBasketTo(long itemId, int left) {
        CounterBasket current = basket;
        if (current == null || (receipt != null && receipt.isVisible())) {
            return 0;
        }
        return current.limitTo(itemId, left);
    }

    /**
     * The resident on screen got or spent points elsewhere (another counter, a grant, a void): their balance
     * and what they may still take today are read again; the basket is kept. This counter's own redemption
     * arrives when its receipt is already showing, and changes nothing.
     */
    void balanceChanged(BalanceChanged change) {
        SessionEntry current = session;
        ResidentListEntry who = resident;
        CounterBasket chosen = basket;
        if (current == null || who == null || chosen == null || who.id() != change.residentId()
                || (receipt != null && receipt.isVisible())) {
            return;
        }
        try {
            basket = chosen.refreshed(redemptions.atCounter(current.id(), who.id()));
        } catch (RefusedException gone) {
            return;
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (session != null) {
            giveTheCounterTheWidth();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.counter");
    }
}
