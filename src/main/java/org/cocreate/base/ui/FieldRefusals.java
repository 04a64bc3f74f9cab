package org.cocreate.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.cocreate.base.RefusedException;

/**
 * Puts a service's refusal where the user looks: next to the field it names, or, when the form has no
 * such field, in an error notification. The services name fields by the property they refused.
 */
public final class FieldRefusals {

    private FieldRefusals() {
    }

    public static void show(RefusedException refusal, Map<String, ? extends HasValidation> fields) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            Notifications.refused(refusal);
            return;
        }
        field.setErrorMessage(UI.getCurrent().getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
