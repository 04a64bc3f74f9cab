package org.cocreate.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.ExchangeService;
import org.cocreate.exchange.MovementLine;

/** 报损: goods spoilt, broken or past their date taken off the shelf, with the reason. */
class WriteOffDialog extends Dialog {

    final IntegerField quantity = new IntegerField();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    WriteOffDialog(ExchangeService exchange, CatalogueItem item, Consumer<MovementLine> done) {
        setHeaderTitle(getTranslation("stock.writeOff.title", item.name()));
        setWidth("min(32rem, 95vw)");
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
        save.setText(getTranslation("stock.writeOff"));
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        save.setTestId("write-off-save");
        save.addClickListener(e -> {
            FieldRefusals.clear(fields);
            if (quantity.getValue() == null) {
                quantity.setErrorMessage(getTranslation("stock.quantityRequired"));
                quantity.setInvalid(true);
                return;
            }
            try {
                done.accept(exchange.writeOff(item.id(), quantity.getValue(), reason.getValue()));
            } catch (RefusedException refusal) {
                FieldRefusals.show(refusal, fields);
                return;
            }
            close();
        });
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
