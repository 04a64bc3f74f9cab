package org.cocreate.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.MovementLine;

/** 报损: goods spoilt, broken or past their date taken off the shelf, with the reason. */
class WriteOffDialog extends StockDialog {

    final IntegerField quantity = new IntegerField();
    final TextArea reason = new TextArea();
    final Button save;

    WriteOffDialog(CatalogueService catalogue, CatalogueItem item, Consumer<MovementLine> done) {
        super("stock.writeOff.title", item.name());
        quantity.setLabel(getTranslation("stock.writeOff.quantity", item.unit()));
        quantity.setRequiredIndicatorVisible(true);
        quantity.setStepButtonsVisible(true);
        quantity.setMin(1);
        quantity.setMax(Math.max(1, item.stock()));
        quantity.setHelperText(getTranslation("stock.writeOff.inStock", item.stock(), item.unit()));
        quantity.setTestId("write-off-quantity");
        reason.setLabel(getTranslation("stock.writeOff.reason"));
        reason.setPlaceholder(getTranslation("stock.writeOff.reasonPlaceholder"));
        reason.setRequiredIndicatorVisible(true);
        reason.setTestId("write-off-reason");

        var form = new FormLayout(quantity, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("quantity", quantity, "reason", reason);
        save = saveWith(getTranslation("stock.writeOff"), quantity, fields, () -> true,
                () -> done.accept(catalogue.writeOff(item.id(), quantity.getValue(), reason.getValue())));
        save.addThemeVariants(ButtonVariant.ERROR);
        save.setTestId("write-off-save");
    }
}
