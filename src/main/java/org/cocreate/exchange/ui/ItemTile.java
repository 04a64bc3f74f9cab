package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.PlainText;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.SessionOffer;
import org.jspecify.annotations.Nullable;

/**
 * One item on offer as a card: picture, name, "30 分/袋", what is left, and − count + with big buttons. When
 * one more cannot go into the basket, + is off and the card says why (sold out, today's limit, points).
 * <p>
 * Every tablet at the counter keeps its tiles on the server all day, and each element is a state node of
 * about a kilobyte there (docs/PERFORMANCE.md, memory per open counter). So a tile is seven elements: the
 * card, the name, price and stock as two lines of one text, the reason, and − count +. The card draws the gift
 * symbol when there is no picture, and lays out the stepper itself.
 */
class ItemTile extends Composite<Div> {

    final PlainText name = new PlainText();
    /** Price and stock, a line each (the stylesheet sets the first line apart). */
    final PlainText details = new PlainText();
    final PlainText reason = new PlainText();
    final Button minus = new Button();
    final PlainText count = new PlainText("0");
    final Button plus = new Button();

    private SessionOffer offer;
    private String stock = "";

    ItemTile(SessionOffer offer, CatalogueService catalogue, Runnable onPlus, Runnable onMinus) {
        this.offer = offer;
        var card = getContent();
        card.addClassName("counter-tile");
        card.getElement().setAttribute("data-item", String.valueOf(offer.itemId()));
        if (offer.hasPicture()) {
            long itemId = offer.itemId();
            var picture = new Image(DownloadHandler.fromInputStream(event -> catalogue.picture(itemId)
                    .map(p -> new DownloadResponse(new ByteArrayInputStream(p.content()), "item-" + itemId,
                            p.contentType(), p.content().length))
                    .orElseGet(() -> DownloadResponse.error(404))).inline(), offer.name());
            picture.addClassName("counter-tile-picture");
            card.add(picture);
        } else {
            card.addClassName("counter-tile-no-picture");
        }
        name.setText(offer.name());
        name.addClassName("counter-tile-name");
        details.addClassName("counter-tile-details");
        reason.addClassName("counter-tile-reason");
        minus.getElement().setProperty("innerText", Formats.MINUS);
        minus.addThemeVariants(ButtonVariant.LARGE);
        minus.setAriaLabel(getTranslation("exchange.counter.minus", offer.name()));
        minus.addClassName("counter-tile-button");
        minus.setTestId("counter-minus-" + offer.itemId());
        minus.addClickListener(e -> onMinus.run());
        count.addClassName("counter-tile-count");
        count.setTestId("counter-count-" + offer.itemId());
        plus.getElement().setProperty("innerText", "+");
        plus.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.PRIMARY);
        plus.setAriaLabel(getTranslation("exchange.counter.plus", offer.name()));
        plus.addClassName("counter-tile-button");
        plus.setTestId("counter-plus-" + offer.itemId());
        plus.addClickListener(e -> onPlus.run());
        card.add(name, details, reason, minus, count, plus);
        setTestId("counter-tile-" + offer.itemId());
    }

    SessionOffer offer() {
        return offer;
    }

    String price() {
        return getTranslation("exchange.counter.price", offer.price(), offer.unit());
    }

    /** What is left, or 已兑完. */
    String stock() {
        return stock;
    }

    /** The stock another counter changed. */
    void stockChanged(int left) {
        offer = new SessionOffer(offer.itemId(), offer.kind(), offer.name(), offer.unit(), offer.price(), left,
                offer.dailyLimit(), offer.lowStock(), offer.hasPicture(), offer.openingCount(),
                offer.closingCount());
    }

    /**
     * Shows the basket's state: the count, what is left, and whether one more may go in. Without a resident
     * (no basket) the buttons are off.
     */
    void show(@Nullable CounterBasket basket) {
        int inBasket = basket == null ? 0 : basket.count(offer.itemId());
        count.setText(String.valueOf(inBasket));
        boolean soldOut = offer.stock() <= 0;
        stock = soldOut ? getTranslation("exchange.counter.soldOut")
                : getTranslation("exchange.counter.stock", offer.stock(), offer.unit());
        Optional<CounterBasket.Block> block = basket == null ? Optional.empty() : basket.blockToAdd(offer);
        details.setText(price() + "\n" + stock);
        String why = block.filter(b -> b != CounterBasket.Block.SOLD_OUT).map(b -> reasonText(b, basket)).orElse("");
        reason.setText(why);
        reason.setVisible(!why.isEmpty());
        plus.setEnabled(basket != null && block.isEmpty());
        minus.setEnabled(inBasket > 0);
        var card = getContent();
        card.setClassName("counter-tile-sold-out", soldOut);
        card.setClassName("counter-tile-blocked", !soldOut && inBasket == 0 && block.isPresent());
        card.setClassName("counter-tile-chosen", inBasket > 0);
    }

    private String reasonText(CounterBasket.Block block, CounterBasket basket) {
        return switch (block) {
            case DAILY_LIMIT -> getTranslation(block.key, offer.dailyLimit() == null ? 0 : offer.dailyLimit(),
                    offer.unit());
            case NOT_ENOUGH_POINTS -> getTranslation(block.key, basket.balanceAfter());
            case NO_MORE_STOCK, SOLD_OUT -> getTranslation(block.key, offer.stock(), offer.unit());
        };
    }
}
