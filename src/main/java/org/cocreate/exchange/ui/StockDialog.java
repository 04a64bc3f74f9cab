package org.cocreate.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.FieldRefusals;

/**
 * What the stock page's dialogs (receipt, stocktake, write-off) have in common: a number that must be
 * there, the service's refusal shown at the field it names, and closing only once the change is made.
 */
abstract class StockDialog extends Dialog {

    /** The change itself: the service call, with what it made handed on. */
    @FunctionalInterface
    interface Change {
        void make();
    }

    StockDialog(String titleKey, Object... titleArguments) {
        setHeaderTitle(getTranslation(titleKey, titleArguments));
        setWidth("min(32rem, 95vw)");
    }

    /**
     * Save and Cancel in the footer. {@code checks} may refuse (marking a field) before the service is
     * asked; the service's refusals are shown at their fields and the dialog stays open.
     */
    final void saveWith(Button save, IntegerField number, Map<String, HasValidation> fields, BooleanSupplier checks,
            Change change) {
        save.addClickListener(e -> {
            FieldRefusals.clear(fields);
            if (number.getValue() == null) {
                invalid(number, "stock.quantityRequired");
                return;
            }
            if (!checks.getAsBoolean()) {
                return;
            }
            try {
                change.make();
            } catch (RefusedException refusal) {
                FieldRefusals.show(refusal, fields);
                return;
            }
            close();
        });
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    final void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
