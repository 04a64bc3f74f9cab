package org.cocreate.community.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Coverage;
import org.jspecify.annotations.Nullable;

/**
 * A compound's name, address and its coverage checklist. The rules (required, length, a name unique in
 * the community) are the service's: its refusals come back here, next to the field they concern.
 */
class CompoundForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField address = new TextField();
    final CheckboxGroup<Coverage> coverage = new CheckboxGroup<>();

    private final Map<String, HasValidation> fields = Map.of("name", name, "address", address,
            "coverage", coverage);

    CompoundForm() {
        name.setLabel(getTranslation("compound.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setTestId("compound-name");
        address.setLabel(getTranslation("compound.form.address"));
        address.setTestId("compound-address");
        coverage.setLabel(getTranslation("compound.form.coverage"));
        coverage.setItems(Coverage.values());
        coverage.setItemLabelGenerator(item -> getTranslation(item.translationKey()));
        coverage.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        coverage.setTestId("compound-coverage");

        var form = getContent();
        form.add(name, address, coverage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    void read(@Nullable CompoundEntry compound) {
        FieldRefusals.clear(fields);
        name.setValue(compound == null ? "" : compound.name());
        address.setValue(compound == null || compound.address() == null ? "" : compound.address());
        coverage.setValue(compound == null ? Set.of() : compound.coverage());
    }

    String nameValue() {
        return name.getValue();
    }

    String addressValue() {
        return address.getValue();
    }

    Set<Coverage> coverageValue() {
        Set<Coverage> value = coverage.getValue();
        return value.isEmpty() ? EnumSet.noneOf(Coverage.class) : EnumSet.copyOf(value);
    }

    void clearErrors() {
        FieldRefusals.clear(fields);
    }

    void showRefusal(RefusedException refusal) {
        FieldRefusals.show(refusal, fields);
    }
}
