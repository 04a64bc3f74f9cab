package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import org.jspecify.annotations.Nullable;

/**
 * A {@code <span>} of plain text, kept as the element's {@code innerText} property instead of a child text
 * node ({@code textContent} is reserved by Vaadin). The server holds a state node for every element and every
 * text node of an open screen, about a kilobyte each: a {@link com.vaadin.flow.component.html.Span} with text
 * costs two, this costs one. Meant for the many small labels of a screen that stays open all day on several
 * tablets at once (the exchange counter); it holds text only, never child components. Server side, the text
 * is not part of a parent's {@code getTextRecursively()}.
 */
@Tag("span")
public final class PlainText extends Component implements HasStyle, HasText {

    public PlainText() {
    }

    public PlainText(String text) {
        setText(text);
    }

    @Override
    public void setText(@Nullable String text) {
        getElement().setProperty("innerText", text == null ? "" : text);
    }

    @Override
    public String getText() {
        return getElement().getProperty("innerText", "");
    }
}
