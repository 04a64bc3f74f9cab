package org.cocreate.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocreate.base.ui.Formats;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.MovementLine;

/**
 * 盘点: what is counted on the shelf replaces the books; a difference is recorded as an adjustment and
 * needs its reason (the service says so, next to the reason field).
 */
class StocktakeDialog extends StockDialog {

    final IntegerField counted = new IntegerField();
    final Paragraph difference = new Paragraph();
    final TextArea reason = new TextArea();
    final Button save;

    StocktakeDialog(CatalogueService catalogue, CatalogueItem item, Consumer<Optional<MovementLine>> done) {
        super("stock.stocktake.title", item.name());
        var books = new Paragraph(getTranslation("stock.stocktake.books", item.stock(), item.unit()));
        books.addClassName("stock-dialog-hint");
        counted.setLabel(getTranslation("stock.stocktake.counted", item.unit()));
        counted.setRequiredIndicatorVisible(true);
        counted.setStepButtonsVisible(true);
        counted.setMin(0);
        counted.setValue(item.stock());
        counted.setTestId("stocktake-counted");
        difference.addClassName("stock-dialog-difference");
        difference.setTestId("stocktake-difference");
        counted.addValueChangeListener(e -> showDifference(item));
        reason.setLabel(getTranslation("stock.stocktake.reason"));
        reason.setPlaceholder(getTranslation("stock.stocktake.reasonPlaceholder"));
        reason.setTestId("stocktake-reason");

        var form = new FormLayout(counted, difference, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(books, form);
        showDifference(item);

        Map<String, HasValidation> fields = Map.of("counted", counted, "reason", reason);
        save = saveWith(getTranslation("stock.stocktake"), counted, fields, () -> true,
                () -> done.accept(catalogue.stocktake(item.id(), counted.getValue(), reason.getValue())));
        save.setTestId("stocktake-save");
    }

    private void showDifference(CatalogueItem item) {
        Integer value = counted.getValue();
        int diff = value == null ? 0 : value - item.stock();
        difference.setText(diff == 0 ? getTranslation("stock.stocktake.noDifference")
                : getTranslation("stock.stocktake.difference", Formats.current().signed(diff), item.unit()));
        reason.setRequiredIndicatorVisible(diff != 0);
    }
}
