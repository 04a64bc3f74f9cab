package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;

/** Presses keys in a field of a browserless test, as the browser reports them to {@link EnterKey}'s listener. */
public final class EnterKeys {

    private EnterKeys() {
    }

    /** Enter: the browser's filter held. */
    public static void press(Component field) {
        keydown(field, true);
    }

    /** Another key (or Enter ending a pinyin composition): the browser's filter did not hold. */
    public static void pressOther(Component field) {
        keydown(field, false);
    }

    private static void keydown(Component field, boolean enter) {
        var data = JsonNodeFactory.instance.objectNode().put(EnterKey.FILTER, enter);
        field.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "keydown", data));
    }
}
