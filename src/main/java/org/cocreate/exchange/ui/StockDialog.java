package org.cocreate.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.cocreate.base.ui.FormDialog;

/**
 * What the stock page's dialogs (receipt, stocktake, write-off) have in common: a number that must be
 * there, the service's refusal shown at the field it names, and closing only once the change is made.
 */
abstract class StockDialog extends FormDialog {

    /** The change itself: the service call, with what it made handed on. */
    @FunctionalInterface
    interface Change {
        void make();
    }

    StockDialog(String titleKey, Object... titleArguments) {
        super("");
        setHeaderTitle(getTranslation(titleKey, titleArguments));
    }

    /**
     * The primary action. {@code checks} may refuse (marking a field) before the service is asked; the
     * service's refusals are shown at their fields and the dialog stays open.
     */
    final Button saveWith(String text, IntegerField number, Map<String, HasValidation> fields,
            BooleanSupplier checks, Change change) {
        refusalsAt(fields);
        return primary(text, () -> {
            if (number.getValue() == null) {
                invalid(number, "stock.quantityRequired");
                return false;
            }
            if (!checks.getAsBoolean()) {
                return false;
            }
            change.make();
            return true;
        });
    }
}
