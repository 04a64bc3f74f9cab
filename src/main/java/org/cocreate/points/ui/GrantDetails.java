package org.cocreate.points.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * What the grant is for, after the rule: times (or hours for a per-hour rule) with thumb-sized
 * steppers and the points it makes shown live, the date (today, never later), a note and a photo.
 */
class GrantDetails extends Composite<VerticalLayout> {

    static final int MAX_QUANTITY = 1000;
    static final int NOTE_LENGTH = 500;

    final IntegerField quantity = new IntegerField();
    final Button minus = new Button(VaadinIcon.MINUS.create());
    final Button plus = new Button(VaadinIcon.PLUS.create());
    final Span total = new Span();
    final DatePicker date;
    final TextArea note = new TextArea();
    final PhotoField photo = new PhotoField();

    private final Clock clock;
    private @Nullable RuleEntry rule;
    private int recipients = 1;

    GrantDetails(Clock clock) {
        this.clock = clock;
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("grant-details");

        quantity.setLabel(getTranslation("grant.quantity.times"));
        quantity.setMin(1);
        quantity.setMax(MAX_QUANTITY);
        quantity.setValue(1);
        quantity.setValueChangeMode(ValueChangeMode.EAGER);
        quantity.addClassName("grant-quantity");
        quantity.setTestId("grant-quantity");
        quantity.addValueChangeListener(e -> {
            quantity.setInvalid(false);
            showTotal();
        });
        minus.setAriaLabel(getTranslation("grant.quantity.less"));
        minus.addClassName("grant-stepper");
        minus.setTestId("grant-minus");
        minus.addClickListener(e -> step(-1));
        plus.setAriaLabel(getTranslation("grant.quantity.more"));
        plus.addClassName("grant-stepper");
        plus.setTestId("grant-plus");
        plus.addClickListener(e -> step(1));
        total.addClassName("grant-total");
        total.setTestId("grant-total");
        var stepper = new Div(minus, quantity, plus, total);
        stepper.addClassName("grant-stepper-row");

        date = Localized.datePicker(getTranslation("grant.date"));
        date.setMax(today());
        date.setValue(today());
        date.setRequired(true);
        date.setTestId("grant-date");
        date.addValueChangeListener(e -> date.setInvalid(false));

        note.setLabel(getTranslation("grant.note"));
        note.setPlaceholder(getTranslation("grant.note.placeholder"));
        note.setMaxLength(NOTE_LENGTH);
        note.setWidthFull();
        note.setTestId("grant-note");

        var when = new Div(date, note);
        when.addClassName("grant-when");
        layout.add(stepper, when, photo);
        showTotal();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    void setRule(@Nullable RuleEntry chosen) {
        this.rule = chosen;
        boolean perHour = chosen != null && chosen.content().perHour();
        quantity.setLabel(getTranslation(perHour ? "grant.quantity.hours" : "grant.quantity.times"));
        showTotal();
    }

    /** How many residents the grant goes to: the total says what each gets and what all get. */
    void setRecipients(int count) {
        this.recipients = count;
        showTotal();
    }

    int quantityValue() {
        Integer value = quantity.getValue();
        return value == null ? 0 : value;
    }

    /** The signed points one resident gets; 0 without a rule. */
    long amount() {
        if (rule == null) {
            return 0;
        }
        long each = rule.content().points().value() * quantityValue();
        return rule.content().deduction() ? -each : each;
    }

    private void step(int by) {
        int next = Math.max(1, Math.min(MAX_QUANTITY, quantityValue() + by));
        quantity.setValue(next);
    }

    private void showTotal() {
        minus.setEnabled(quantityValue() > 1);
        plus.setEnabled(quantityValue() < MAX_QUANTITY);
        if (rule == null) {
            total.setText(getTranslation("grant.total.noRule"));
        } else if (recipients > 1) {
            total.setText(getTranslation("grant.total.each", Formats.current().signed(amount()), recipients,
                    Formats.current().signed(amount() * recipients)));
        } else {
            total.setText(getTranslation("grant.total", Formats.current().signed(amount())));
        }
        total.getElement().getClassList().set("deduction", amount() < 0);
    }

    /** After a grant: ready for the next one, the same rule and date kept. */
    void reset() {
        quantity.setValue(1);
        note.clear();
        photo.clear();
        clearRefusals();
    }

    /** Puts a refusal next to the field it names; says whether one was there. */
    boolean showRefusal(RefusedException refusal) {
        HasValidation field = refusal.field() == null ? null : fields().get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(GrantTexts.refusal(this, refusal));
        field.setInvalid(true);
        return true;
    }

    void clearRefusals() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("quantity", quantity, "date", date, "note", note);
    }
}
