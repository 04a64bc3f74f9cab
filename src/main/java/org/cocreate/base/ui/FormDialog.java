package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/**
 * The one way the app builds a dialog: a title in the header, the content, and in the footer Cancel and the
 * primary action at the thumb's side, both touch-sized (44 px high, as every button of the app: styles.css
 * sets Lumo's size for it; Vaadin's LARGE would crowd a footer in portrait). The primary action is an {@link Action}: when it
 * finds something to correct it marks the field and the dialog stays open, when the service refuses the
 * refusal is shown at the field it names (or as a notification) and the dialog stays open, and when it is
 * done the dialog closes. Esc and Cancel close it; a tap beside it does not, so that a stray touch on a
 * tablet loses nothing that was typed.
 * <pre>{@code
 * var dialog = new FormDialog(getTranslation("standard.newDraft"), hint, title).width(FormDialog.Width.NORMAL);
 * dialog.refusalsAt(Map.of("title", title));
 * dialog.primary(getTranslation("standard.newDraft.create"), () -> {
 *     StandardEntry created = service.draft(communityId, title.getValue());   // may throw a refusal
 *     Notifications.success("standard.newDraft.done", created.versionNumber());
 *     return true;
 * }).setTestId("standard-draft-save");
 * dialog.open(title);
 * }</pre>
 * A question without input ("remove this member?") is Vaadin's confirm dialog, from
 * {@link Localized#confirmDialog}.
 */
public class FormDialog extends Dialog {

    /** How wide a dialog is on a large screen; on a phone it takes nearly the whole width. */
    public enum Width {
        /** One field. */
        NARROW("24rem"),
        /** A few fields in one column. */
        NORMAL("32rem"),
        /** A form in two columns. */
        WIDE("44rem"),
        /** A table to fill in. */
        FULL("60rem"),
        /** As wide as its content (a photo). */
        CONTENT(null);

        private final @Nullable String rem;

        Width(@Nullable String rem) {
            this.rem = rem;
        }
    }

    /** What the primary action does. */
    @FunctionalInterface
    public interface Action {
        /**
         * Does the dialog's job: true when done (the dialog closes), false when something to correct was
         * marked (it stays open). A {@link RefusedException} keeps it open too, shown where it belongs.
         */
        boolean run();
    }

    private final Button cancel = new Button();
    private Consumer<RefusedException> refusals = Notifications::refused;
    private Runnable clearRefusals = () -> { };

    public FormDialog(String title, Component... content) {
        setHeaderTitle(title);
        add(content);
        width(Width.NORMAL);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        addClassName("form-dialog");
        cancel.setText(getTranslation("common.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(e -> close());
        getFooter().add(cancel);
    }

    public final FormDialog width(Width width) {
        setWidth(width.rem == null ? null : "min(" + width.rem + ", 96vw)");
        return this;
    }

    /** Refusals go to these fields by the name the service gives them; the marks are cleared at each try. */
    public final FormDialog refusalsAt(Map<String, ? extends HasValidation> fields) {
        refusals = refusal -> FieldRefusals.show(refusal, fields);
        clearRefusals = () -> FieldRefusals.clear(fields);
        return this;
    }

    /** Refusals go to a form that places them itself (its {@code showRefusal}). */
    public final FormDialog refusalsShownBy(Consumer<RefusedException> form) {
        refusals = form;
        clearRefusals = () -> { };
        return this;
    }

    /** The primary action, at the end of the footer; the button is returned for its test id or variants. */
    public final Button primary(String text, Action action) {
        var button = new Button(text, e -> attempt(action));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(button);
        return button;
    }

    /**
     * Runs {@code action} as the primary action does. For a form that hands over its input in an event
     * of its own rather than through {@link #primary}.
     */
    public final boolean attempt(Action action) {
        clearRefusals.run();
        boolean done;
        try {
            done = action.run();
        } catch (RefusedException refusal) {
            refusals.accept(refusal);
            return false;
        }
        if (done) {
            close();
        }
        return done;
    }

    /** Cancel, or Close in a dialog that only shows something. */
    public final Button cancel() {
        return cancel;
    }

    /** A dialog that only shows something: Close instead of Cancel, and a tap beside it closes it too. */
    public final FormDialog showOnly() {
        cancel.setText(getTranslation("common.close"));
        setCloseOnOutsideClick(true);
        return this;
    }

    /** Ways to somewhere else (print, another screen) at the start of the footer, away from the action. */
    public final void footerStart(Component... links) {
        var start = new HorizontalLayout(links);
        start.addClassName("dialog-footer-start");
        getFooter().addComponentAsFirst(start);
    }

    /** Marks a field the dialog itself found wrong, in the user's language. */
    public final void invalid(HasValidation field, String messageKey, Object... arguments) {
        field.setErrorMessage(getTranslation(messageKey, arguments));
        field.setInvalid(true);
    }

    /** Opens the dialog with the cursor in its first field. */
    public final void open(Focusable<?> first) {
        open();
        first.focus();
    }
}
