package org.cocreate.community.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.RefusedException;
import org.cocreate.community.BuildingEntry;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Gender;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.PhoneNumbers;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentTag;
import org.jspecify.annotations.Nullable;

/**
 * A resident's data, and where they live: compound → building → unit and room. The address is not a
 * property of the draft: the view turns it into a household (found, or created at the door) on save.
 * The binder is buffered, so cancelling leaves the draft as it was.
 */
class ResidentForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    final IntegerField birthYear = new IntegerField();
    final TextField phone = new TextField();
    final Select<CompoundEntry> compound = new Select<>();
    final Select<BuildingEntry> building = new Select<>();
    final TextField unit = new TextField();
    final TextField room = new TextField();
    final CheckboxGroup<ResidentTag> tags = new CheckboxGroup<>();
    final TextArea notes = new TextArea();

    private final BeanValidationBinder<ResidentDraft> binder = new BeanValidationBinder<>(ResidentDraft.class);
    private final RegisterService register;
    private final List<CompoundEntry> compounds;
    private final Map<String, HasValidation> fields;
    private List<BuildingEntry> buildings = List.of();

    ResidentForm(RegisterService register, List<CompoundEntry> compounds) {
        this.register = register;
        this.compounds = compounds;
        this.fields = Map.of("name", name, "gender", gender, "birthYear", birthYear, "phone", phone,
                "householdId", building, "unit", unit, "room", room, "tags", tags, "notes", notes);

        name.setLabel(getTranslation("resident.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setTestId("resident-name");
        gender.setLabel(getTranslation("resident.form.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        gender.setTestId("resident-gender");
        birthYear.setLabel(getTranslation("resident.form.birthYear"));
        birthYear.setPlaceholder(getTranslation("resident.form.birthYearPlaceholder"));
        birthYear.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("resident.form.birthYearBad")));
        birthYear.setTestId("resident-birth-year");
        phone.setLabel(getTranslation("resident.form.phone"));
        phone.setTestId("resident-phone");
        phone.addClassName("phone");

        compound.setLabel(getTranslation("resident.form.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(CompoundEntry::name);
        compound.setPlaceholder(getTranslation("resident.form.choose"));
        compound.setTestId("resident-compound");
        compound.addValueChangeListener(e -> loadBuildings(e.getValue()));
        building.setLabel(getTranslation("resident.form.building"));
        building.setItemLabelGenerator(BuildingEntry::name);
        building.setPlaceholder(getTranslation("resident.form.choose"));
        building.setRequiredIndicatorVisible(true);
        building.setTestId("resident-building");
        building.addValueChangeListener(e -> building.setInvalid(false));
        unit.setLabel(getTranslation("resident.form.unit"));
        unit.setPlaceholder(getTranslation("resident.form.unitPlaceholder"));
        unit.setTestId("resident-unit");
        room.setLabel(getTranslation("resident.form.room"));
        room.setPlaceholder(getTranslation("resident.form.roomPlaceholder"));
        room.setTestId("resident-room");

        tags.setLabel(getTranslation("resident.form.tags"));
        tags.setItems(ResidentTag.values());
        tags.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        tags.setTestId("resident-tags");
        notes.setLabel(getTranslation("resident.form.notes"));
        notes.setTestId("resident-notes");

        binder.forField(name).bind("name");
        binder.forField(gender).bind("gender");
        binder.forField(birthYear).bind("birthYear");
        // The service checks the phone too; checking here first spares creating a household for a typo.
        binder.forField(phone).withNullRepresentation("")
                .withValidator(ResidentForm::plausiblePhone, getTranslation("resident.phone.malformed"))
                .bind("phone");
        binder.forField(tags).bind("tags");
        binder.forField(notes).withNullRepresentation("").bind("notes");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(name, gender, birthYear, phone, compound, building, unit, room);
        form.add(tags, 2);
        form.add(notes, 2);
        loadBuildings(null);
    }

    /** Shows a draft; {@code household} is where the resident lives now, null for a new resident. */
    void read(ResidentDraft draft, @Nullable HouseholdEntry household, @Nullable CompoundEntry defaultCompound) {
        clearErrors();
        binder.readBean(draft);
        if (household != null) {
            compound.setValue(compounds.stream().filter(c -> c.id() == household.compoundId()).findFirst()
                    .orElse(null));
            building.setValue(buildings.stream().filter(b -> b.id() == household.buildingId()).findFirst()
                    .orElse(null));
            unit.setValue(household.unit());
            room.setValue(household.room());
        } else {
            compound.setValue(defaultCompound == null ? null : compounds.stream()
                    .filter(c -> c.id() == defaultCompound.id()).findFirst().orElse(null));
            unit.clear();
            room.clear();
        }
    }

    /** Writes the fields into {@code target} if every field is valid; shows what is not. */
    boolean write(ResidentDraft target) {
        clearErrors();
        boolean valid = binder.writeBeanIfValid(target);
        if (building.getValue() == null) {
            building.setErrorMessage(getTranslation("resident.household.required"));
            building.setInvalid(true);
            valid = false;
        }
        return valid;
    }

    @Nullable Long buildingId() {
        BuildingEntry chosen = building.getValue();
        return chosen == null ? null : chosen.id();
    }

    String unitValue() {
        return unit.getValue();
    }

    String roomValue() {
        return room.getValue();
    }

    void showRefusal(RefusedException refusal) {
        FieldRefusals.show(refusal, fields);
    }

    private void clearErrors() {
        FieldRefusals.clear(fields);
    }

    private void loadBuildings(@Nullable CompoundEntry chosen) {
        buildings = chosen == null ? List.of() : register.buildings(chosen.id());
        building.setItems(buildings);
        building.setEnabled(chosen != null);
    }

    private static boolean plausiblePhone(@Nullable String phone) {
        String normalised = PhoneNumbers.normalise(phone);
        return normalised == null || PhoneNumbers.isValid(normalised);
    }
}
