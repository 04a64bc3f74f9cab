package org.cocreate.points.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Notifications;

/**
 * Puts a service's refusal where the user looks: next to the field it names, or, when the form has no
 * such field, in an error notification. (The same as the register's; a candidate for base/ui once a
 * third feature needs it.)
 */
final class FieldRefusals {

    private FieldRefusals() {
    }

    static void show(RefusedException refusal, Map<String, ? extends HasValidation> fields) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            Notifications.refused(refusal);
            return;
        }
        field.setErrorMessage(UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
