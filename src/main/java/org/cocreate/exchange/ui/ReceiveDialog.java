package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.MovementLine;

/** 入库: goods received, bought or donated; a donation names its sponsor, so the report can thank them. */
class ReceiveDialog extends StockDialog {

    /** Where the goods came from. */
    enum Source {
        PURCHASE,
        DONATION;

        String translationKey() {
            return "stock.receive.source." + name();
        }
    }

    final IntegerField quantity = new IntegerField();
    final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
    final TextField sponsor = new TextField();
    final TextArea note = new TextArea();
    final Button save;

    ReceiveDialog(CatalogueService catalogue, CatalogueItem item, Consumer<MovementLine> done) {
        super("stock.receive.title", item.name());
        quantity.setLabel(getTranslation("stock.receive.quantity", item.unit()));
        quantity.setRequiredIndicatorVisible(true);
        quantity.setStepButtonsVisible(true);
        quantity.setMin(1);
        quantity.setTestId("receive-quantity");
        source.setLabel(getTranslation("stock.receive.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        source.setValue(Source.PURCHASE);
        source.setTestId("receive-source");
        sponsor.setLabel(getTranslation("stock.receive.sponsor"));
        sponsor.setPlaceholder(getTranslation("stock.receive.sponsorPlaceholder"));
        sponsor.setRequiredIndicatorVisible(true);
        sponsor.setMaxLength(NAME_MAX);
        sponsor.setVisible(false);
        sponsor.setTestId("receive-sponsor");
        source.addValueChangeListener(e -> sponsor.setVisible(e.getValue() == Source.DONATION));
        note.setLabel(getTranslation("stock.receive.note"));
        note.setTestId("receive-note");

        var form = new FormLayout(quantity, source, sponsor, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("quantity", quantity, "sponsor", sponsor, "note", note);
        save = saveWith(getTranslation("stock.receive"), quantity, fields, () -> {
            if (source.getValue() == Source.DONATION && sponsor.getValue().isBlank()) {
                invalid(sponsor, "stock.receive.sponsorRequired");
                return false;
            }
            return true;
        }, () -> done.accept(catalogue.receive(item.id(), quantity.getValue(),
                source.getValue() == Source.DONATION ? sponsor.getValue() : null, note.getValue())));
        save.setTestId("receive-save");
    }

}
