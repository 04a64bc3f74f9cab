package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Enter in a field: a card scanner's end of code, or "open the only match". Filtered in the browser, so that
 * the other keys typed make no round trip: Vaadin's own key listeners send every key to the server and filter
 * there (vaadin/flow#14543), and at the counter each of those round trips carried the search typed so far,
 * redrawing the matches under the finger that was about to tap one. The value typed so far still reaches the
 * server before the Enter (Flow sends a field's pending value ahead of an event). An Enter that ends a
 * pinyin input method's composition only chooses the characters.
 */
public final class EnterKey {

    /** The browser's condition for the event: also how a test presses Enter (see the tests' EnterKeys). */
    public static final String FILTER = "event.key === 'Enter' && !event.isComposing";

    private EnterKey() {
    }

    public static Registration on(Component field, Runnable action) {
        return field.getElement().addEventListener("keydown", event -> action.run()).setFilter(FILTER);
    }
}
