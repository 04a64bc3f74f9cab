package org.cocreate.community.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.Coverage;
import org.cocreate.base.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/**
 * A compound's name, address and its coverage checklist. The binder checks what a user mistypes with the
 * service's own messages and limits; what only the service knows (a name taken in the community) comes
 * back through {@link #showRefusal}, next to the field it names.
 */
class CompoundForm extends RecordForm<CompoundDraft> {

    final TextField name = new TextField();
    final TextField address = new TextField();
    final CheckboxGroup<Coverage> coverage = new CheckboxGroup<>();

    CompoundForm() {
        super(CompoundDraft.class);
        refusalsAt(Map.of("name", name, "address", address, "coverage", coverage));
        String nameInvalid = getTranslation("compound.name.invalid", CompoundDraft.NAME_MAX);
        String addressTooLong = getTranslation("validation.tooLong", CompoundDraft.ADDRESS_MAX);
        name.setLabel(getTranslation("compound.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(CompoundDraft.NAME_MAX);
        name.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(nameInvalid)
                .setMaxLengthErrorMessage(nameInvalid));
        name.setTestId("compound-name");
        address.setLabel(getTranslation("compound.form.address"));
        address.setMaxLength(CompoundDraft.ADDRESS_MAX);
        address.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(addressTooLong));
        address.setTestId("compound-address");
        coverage.setLabel(getTranslation("compound.form.coverage"));
        coverage.setItems(Coverage.values());
        coverage.setItemLabelGenerator(item -> getTranslation(item.translationKey()));
        coverage.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        coverage.setTestId("compound-coverage");

        binder.forField(name).asRequired(nameInvalid)
                .withValidator(n -> n.strip().length() <= CompoundDraft.NAME_MAX, nameInvalid)
                .bind("name");
        binder.forField(address).withNullRepresentation("")
                .withValidator(a -> a == null || a.strip().length() <= CompoundDraft.ADDRESS_MAX, addressTooLong)
                .bind("address");
        binder.forField(coverage).bind("coverage");

        var form = getContent();
        form.add(name, address, coverage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** Shows a compound; a new one starts with no name, no address and nothing covered. */
    void read(@Nullable CompoundDraft compound) {
        show(compound != null ? compound : new CompoundDraft("", null, Set.of()));
    }
}
