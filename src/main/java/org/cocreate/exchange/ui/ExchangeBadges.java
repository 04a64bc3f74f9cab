package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.cocreate.base.ui.Badge;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.RedemptionStatus;
import org.cocreate.exchange.SessionStatus;

/**
 * The badges of the exchange screens, the same on each: a redemption day's and a receipt's status, an item
 * on offer or not, and its stock with the warning when it runs low.
 */
final class ExchangeBadges {

    private ExchangeBadges() {
    }

    static Badge session(Component owner, SessionStatus status) {
        return new Badge(owner.getTranslation(status.translationKey()), tone(status));
    }

    /** An open day is the one to work on. */
    static Badge.Tone tone(SessionStatus status) {
        return status == SessionStatus.OPEN ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL;
    }

    static Badge receipt(Component owner, RedemptionStatus status) {
        return new Badge(owner.getTranslation(status.translationKey()),
                status == RedemptionStatus.VOIDED ? Badge.Tone.ERROR : Badge.Tone.SUCCESS);
    }

    static Badge onOffer(Component owner, CatalogueItem item) {
        return new Badge(owner.getTranslation(item.active() ? "catalogue.active" : "catalogue.inactive"),
                item.active() ? Badge.Tone.SUCCESS : Badge.Tone.MUTED);
    }

    /** The stock with its unit, and the low-stock badge when it is at or below the item's threshold. */
    static Span stock(Component owner, CatalogueItem item) {
        var amount = new Span(owner.getTranslation("catalogue.stock", item.stock(), item.unit()));
        amount.addClassName("catalogue-stock-amount");
        var cell = new Span(amount);
        cell.addClassName("catalogue-stock");
        if (item.lowStock()) {
            var badge = new Badge(owner.getTranslation("catalogue.lowStock"), Badge.Tone.ERROR).strong();
            badge.getElement().setAttribute("title",
                    owner.getTranslation("catalogue.lowStockTitle", item.lowStockThreshold(), item.unit()));
            cell.add(badge);
        }
        return cell;
    }
}
