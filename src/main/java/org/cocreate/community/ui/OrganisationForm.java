package org.cocreate.community.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationType;
import org.jspecify.annotations.Nullable;

/** An organisation's type, name and the compound it serves (none: the whole community). */
class OrganisationForm extends Composite<FormLayout> {

    final Select<OrganisationType> type = new Select<>();
    final TextField name = new TextField();
    final Select<CompoundEntry> compound = new Select<>();

    private final List<CompoundEntry> compounds;
    private final Map<String, HasValidation> fields = Map.of("type", type, "name", name, "compound", compound);

    OrganisationForm(List<CompoundEntry> compounds) {
        this.compounds = compounds;
        type.setLabel(getTranslation("organisation.form.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setRequiredIndicatorVisible(true);
        type.setTestId("organisation-type");
        name.setLabel(getTranslation("organisation.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setTestId("organisation-name");
        compound.setLabel(getTranslation("organisation.form.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(c -> c == null ? "" : c.name());
        compound.setEmptySelectionAllowed(true);
        compound.setEmptySelectionCaption(getTranslation("organisation.wholeCommunity"));
        compound.setPlaceholder(getTranslation("organisation.wholeCommunity"));
        compound.setTestId("organisation-compound");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(type, name, compound);
    }

    void read(@Nullable OrganisationEntry organisation) {
        FieldRefusals.clear(fields);
        type.setValue(organisation == null ? null : organisation.type());
        name.setValue(organisation == null ? "" : organisation.name());
        Long compoundId = organisation == null ? null : organisation.compoundId();
        compound.setValue(compounds.stream().filter(c -> compoundId != null && c.id() == compoundId).findFirst()
                .orElse(null));
    }

    /** The chosen type; shows what is missing and returns null when none is chosen. */
    @Nullable OrganisationType typeValue() {
        FieldRefusals.clear(fields);
        if (type.getValue() == null) {
            type.setErrorMessage(getTranslation("validation.required"));
            type.setInvalid(true);
        }
        return type.getValue();
    }

    String nameValue() {
        return name.getValue();
    }

    @Nullable Long compoundId() {
        CompoundEntry chosen = compound.getValue();
        return chosen == null ? null : chosen.id();
    }

    void showRefusal(RefusedException refusal) {
        FieldRefusals.show(refusal, fields);
    }
}
