package org.cocreate.community.ui;

import com.vaadin.flow.component.Composite;
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
import org.cocreate.base.ui.EnterKey;
import org.cocreate.community.PhoneNumbers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;

/**
 * Finding the resident in front of you, on a tablet: one search field over the register (name, pinyin
 * initials, last phone digits, card code) with the matches as big tappable rows (name, address, masked
 * phone). A card scanner types the code and presses Enter: the card's resident, or a single match, is
 * picked at once. Used wherever a worker serves one resident: granting points, the exchange counter.
 */
public class ResidentPicker extends Composite<VerticalLayout> {

    public static final int RESULTS = 8;

    private final TextField search = new TextField();
    private final Div results = new Div();
    private final Span noMatch = new Span();
    private final ResidentService residents;
    private final long communityId;
    private final Consumer<ResidentListEntry> onPick;
    private List<ResidentListEntry> shown = List.of();

    public ResidentPicker(ResidentService residents, long communityId, Consumer<ResidentListEntry> onPick) {
        this.residents = residents;
        this.communityId = communityId;
        this.onPick = onPick;
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("resident-picker");
        search.setPlaceholder(getTranslation("residentPicker.search"));
        search.setAriaLabel(getTranslation("residentPicker.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidthFull();
        search.addClassName("resident-picker-field");
        search.setTestId("resident-search");
        search.addValueChangeListener(e -> refresh());
        EnterKey.on(search, this::enter);
        results.addClassName("resident-picker-results");
        noMatch.setText(getTranslation("residentPicker.noMatch"));
        noMatch.addClassName("resident-picker-hint");
        noMatch.setVisible(false);
        layout.add(search, results, noMatch);
    }

    public TextField field() {
        return search;
    }

    /** The rows shown now, one button per match. */
    public Div results() {
        return results;
    }

    public Span noMatch() {
        return noMatch;
    }

    /** The residents shown now, in order. */
    public List<ResidentListEntry> shown() {
        return shown;
    }

    public void focus() {
        search.focus();
    }

    public void clear() {
        search.clear();
        results.removeAll();
        shown = List.of();
        noMatch.setVisible(false);
    }

    /** Enter: a card code (the scanner's way), else the only match. */
    private void enter() {
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
        name.addClassName("resident-picker-name");
        var address = new Span(resident.address());
        address.addClassName("resident-picker-address");
        var phone = new Span(PhoneNumbers.mask(resident.phone()));
        phone.addClassName("resident-picker-phone");
        var row = new Button();
        row.getElement().appendChild(name.getElement(), address.getElement(), phone.getElement());
        row.addClassName("resident-picker-row");
        row.setTestId("resident-result-" + resident.id());
        row.addClickListener(e -> pick(resident));
        return row;
    }

    private void pick(ResidentListEntry resident) {
        clear();
        onPick.accept(resident);
    }
}
