package org.cocreate.community.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationType;
import org.cocreate.base.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's type, name and the compound it serves (none: the whole community). The binder checks
 * what a user mistypes with the service's own messages and limits; what only the service knows (a name
 * taken) comes back through {@link #showRefusal}, next to the field it names.
 */
class OrganisationForm extends RecordForm<OrganisationDraft> {

    final Select<OrganisationType> type = new Select<>();
    final TextField name = new TextField();
    final Select<CompoundEntry> compound = new Select<>();

    OrganisationForm(List<CompoundEntry> compounds) {
        super(OrganisationDraft.class);
        refusalsAt(Map.of("type", type, "name", name, "compoundId", compound));
        String nameInvalid = getTranslation("organisation.name.invalid", OrganisationDraft.NAME_MAX);
        type.setLabel(getTranslation("organisation.form.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        type.setRequiredIndicatorVisible(true);
        type.setTestId("organisation-type");
        name.setLabel(getTranslation("organisation.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(OrganisationDraft.NAME_MAX);
        name.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(nameInvalid)
                .setMaxLengthErrorMessage(nameInvalid));
        name.setTestId("organisation-name");
        compound.setLabel(getTranslation("organisation.form.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(c -> c == null ? "" : c.name());
        compound.setEmptySelectionAllowed(true);
        compound.setEmptySelectionCaption(getTranslation("organisation.wholeCommunity"));
        compound.setPlaceholder(getTranslation("organisation.wholeCommunity"));
        compound.setTestId("organisation-compound");

        binder.forField(type).asRequired(getTranslation("validation.required")).bind("type");
        binder.forField(name).asRequired(nameInvalid)
                .withValidator(n -> n.strip().length() <= OrganisationDraft.NAME_MAX, nameInvalid)
                .bind("name");
        binder.forField(compound)
                .withConverter((@Nullable CompoundEntry c) -> c == null ? null : c.id(),
                        (@Nullable Long id) -> id == null ? null
                                : compounds.stream().filter(c -> c.id() == id).findFirst().orElse(null))
                .bind("compoundId");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(type, name, compound);
    }

    /** Shows an organisation; a new one starts with no type chosen, serving the whole community. */
    void read(@Nullable OrganisationDraft organisation) {
        show(organisation != null ? organisation : new OrganisationDraft(null, "", null));
    }
}
