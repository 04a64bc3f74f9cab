package org.cocreate.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.RefusedException;

/**
 * The one form shape: a {@link Binder} over an immutable record that a service command takes. A form
 * binds its fields by the record's component names in its constructor, with the service's own messages
 * and limits (so a message reads the same whichever side finds it), names the fields a refusal may point
 * at ({@link #refusalsAt}), shows a record with {@link #show} and hands back what was entered with
 * {@link #write}. What only the service knows comes back through {@link #showRefusal}, next to its field.
 * A {@link FormDialog} around it saves: {@code refusalsShownBy(form::showRefusal)}.
 */
public abstract class RecordForm<R extends Record> extends Composite<FormLayout> {

    protected final Binder<R> binder;
    private Map<String, ? extends HasValidation> fields = Map.of();

    protected RecordForm(Class<R> type) {
        binder = new Binder<>(type);
    }

    /** The fields a service's refusal may name, by the record component each edits. */
    protected final void refusalsAt(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
    }

    /** Shows a record, without the errors of the last one. */
    protected final void show(R record) {
        clearErrors();
        binder.readRecord(record);
    }

    /** The record as entered, or empty (with the reasons next to the fields) when it is not valid. */
    public Optional<R> write() {
        clearErrors();
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    public final void clearErrors() {
        FieldRefusals.clear(fields);
    }

    /** Shows a refusal of the service next to its field (or as a notification when it names none). */
    public final void showRefusal(RefusedException refusal) {
        FieldRefusals.show(refusal, fields);
    }
}
