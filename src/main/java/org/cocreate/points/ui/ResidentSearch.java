package org.cocreate.points.ui;

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
import java.util.function.Consumer;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;

/**
 * One search field over the register (name, pinyin initials, phone digits, card code) with the matches
 * as big tappable rows: name, address, masked phone. A tap hands the resident to the screen.
 */
class ResidentSearch extends Composite<VerticalLayout> {

    static final int RESULTS = 8;

    final TextField search = new TextField();
    final Div results = new Div();
    final Span noMatch = new Span();

    private final ResidentService residents;
    private final long communityId;
    private final Consumer<ResidentListEntry> onPick;
    private List<ResidentListEntry> shown = List.of();

    ResidentSearch(ResidentService residents, long communityId, Consumer<ResidentListEntry> onPick) {
        this.residents = residents;
        this.communityId = communityId;
        this.onPick = onPick;
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("grant-resident-search");
        search.setPlaceholder(getTranslation("grant.resident.search"));
        search.setAriaLabel(getTranslation("grant.resident.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidthFull();
        search.setTestId("grant-resident-search");
        search.addValueChangeListener(e -> refresh());
        // A card scanner types the code and presses Enter: a single match is picked at once.
        search.addKeyDownListener(Key.ENTER, e -> {
            if (shown.size() == 1) {
                pick(shown.getFirst());
            }
        });
        results.addClassName("grant-results");
        noMatch.setText(getTranslation("grant.resident.noMatch"));
        noMatch.addClassName("grant-hint");
        noMatch.setVisible(false);
        layout.add(search, results, noMatch);
    }

    /** The residents shown now, in order. */
    List<ResidentListEntry> shown() {
        return shown;
    }

    void clear() {
        search.clear();
        refresh();
    }

    void focus() {
        search.focus();
    }

    private void refresh() {
        results.removeAll();
        String query = search.getValue().strip();
        shown = query.isEmpty() ? List.of() : residents.search(communityId, query, RESULTS);
        for (ResidentListEntry resident : shown) {
            results.add(row(resident));
        }
        noMatch.setVisible(!query.isEmpty() && shown.isEmpty());
    }

    private Button row(ResidentListEntry resident) {
        var row = new Button();
        var name = new Span(resident.name());
        name.addClassName("grant-result-name");
        var address = new Span(resident.address());
        address.addClassName("grant-result-address");
        var phone = new Span(GrantTexts.maskedPhone(resident.phone()));
        phone.addClassName("grant-result-phone");
        row.getElement().appendChild(name.getElement(), address.getElement(), phone.getElement());
        row.addClassName("grant-result");
        row.setTestId("grant-result-" + resident.id());
        row.addClickListener(e -> pick(resident));
        return row;
    }

    private void pick(ResidentListEntry resident) {
        search.clear();
        results.removeAll();
        shown = List.of();
        noMatch.setVisible(false);
        onPick.accept(resident);
    }
}
