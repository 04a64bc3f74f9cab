package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;

/**
 * The counter's one search field over the register (name, pinyin initials, last 4 phone digits, card
 * code) with the matches as big tappable rows. A card scanner types the code and presses Enter: the card's
 * resident, or a single match, is picked at once.
 */
class CounterResidentSearch extends Composite<VerticalLayout> {

    static final int RESULTS = 8;

    final TextField search = new TextField();
    final Div results = new Div();
    final Span noMatch = new Span();

    private final ResidentService residents;
    private final long communityId;
    private final Consumer<ResidentListEntry> onPick;
    private List<ResidentListEntry> shown = List.of();

    CounterResidentSearch(ResidentService residents, long communityId, Consumer<ResidentListEntry> onPick) {
        this.residents = residents;
        this.communityId = communityId;
        this.onPick = onPick;
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("counter-search");
        search.setPlaceholder(getTranslation("exchange.counter.search"));
        search.setAriaLabel(getTranslation("exchange.counter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidthFull();
        search.addClassName("counter-search-field");
        search.setTestId("counter-search");
        search.addValueChangeListener(e -> refresh());
        search.addKeyDownListener(Key.ENTER, e -> enter());
        results.addClassName("counter-results");
        noMatch.setText(getTranslation("exchange.counter.noMatch"));
        noMatch.addClassName("counter-hint");
        noMatch.setVisible(false);
        layout.add(search, results, noMatch);
    }

    List<ResidentListEntry> shown() {
        return shown;
    }

    void focus() {
        search.focus();
    }

    void clear() {
        search.clear();
        results.removeAll();
        shown = List.of();
        noMatch.setVisible(false);
    }

    /** Enter: a card code (the scanner's way), else the only match. */
    void enter() {
        String query = search.getValue().strip();
        if (query.isEmpty()) {
            return;
        }
        Optional<ResidentListEntry> card = residents.findByCard(query);
        if (card.isPresent()) {
            pick(card.get());
            return;
        }
        refresh();
        if (shown.size() == 1) {
            pick(shown.getFirst());
        }
    }

    private void refresh() {
        results.removeAll();
        String query = search.getValue().strip();
        shown = query.isEmpty() ? List.of() : residents.search(communityId, query, RESULTS);
        shown.forEach(resident -> results.add(row(resident)));
        noMatch.setVisible(!query.isEmpty() && shown.isEmpty());
    }

    private Button row(ResidentListEntry resident) {
        var name = new Span(resident.name());
        name.addClassName("counter-result-name");
        var address = new Span(resident.address());
        address.addClassName("counter-result-address");
        var phone = new Span(CounterTexts.maskedPhone(resident.phone()));
        phone.addClassName("counter-result-phone");
        var row = new Button();
        row.getElement().appendChild(name.getElement(), address.getElement(), phone.getElement());
        row.addClassName("counter-result");
        row.setTestId("counter-result-" + resident.id());
        row.addClickListener(e -> pick(resident));
        return row;
    }

    private void pick(ResidentListEntry resident) {
        clear();
        onPick.accept(resident);
    }
}
