package org.cocreate.community.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocreate.community.BuildingEntry;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Gender;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.PhoneNumbers;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentTag;
import org.cocreate.base.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/**
 * A resident's data, and where they live: compound → building → unit and room. The address is not a
 * property of the draft: the view turns it into a household (found, or created at the door) on save and
 * hands the service the draft {@link ResidentDraft#livingIn living in} it. The binder checks what a user
 * mistypes with the service's own messages and limits; what only the service knows (a resident already
 * registered) comes back through {@link #showRefusal}, next to the field it names.
 */
class ResidentForm extends RecordForm<ResidentDraft> {

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

    /** The household the resident lives in now, kept as read; the view replaces it by the address chosen. */
    private final ReadOnlyHasValue<@Nullable Long> household = new ReadOnlyHasValue<>(id -> { });
    private final RegisterService register;
    private final List<CompoundEntry> compounds;
    private List<BuildingEntry> buildings = List.of();

    ResidentForm(RegisterService register, List<CompoundEntry> compounds) {
        super(ResidentDraft.class);
        this.register = register;
        this.compounds = compounds;
        refusalsAt(Map.of("name", name, "gender", gender, "birthYear", birthYear, "phone", phone,
                "householdId", building, "unit", unit, "room", room, "tags", tags, "notes", notes));

        String nameInvalid = getTranslation("resident.name.invalid", ResidentDraft.NAME_MAX);
        String birthYearInvalid = getTranslation("resident.birthYear.invalid", ResidentDraft.BIRTH_YEAR_MIN,
                ResidentDraft.BIRTH_YEAR_MAX);
        String notesTooLong = getTranslation("validation.tooLong", ResidentDraft.NOTES_MAX);
        name.setLabel(getTranslation("resident.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ResidentDraft.NAME_MAX);
        name.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(nameInvalid)
                .setMaxLengthErrorMessage(nameInvalid));
        name.setTestId("resident-name");
        gender.setLabel(getTranslation("resident.form.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        gender.setTestId("resident-gender");
        birthYear.setLabel(getTranslation("resident.form.birthYear"));
        birthYear.setPlaceholder(getTranslation("resident.form.birthYearPlaceholder"));
        birthYear.setMin(ResidentDraft.BIRTH_YEAR_MIN);
        birthYear.setMax(ResidentDraft.BIRTH_YEAR_MAX);
        birthYear.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("resident.form.birthYearBad"))
                .setMinErrorMessage(birthYearInvalid).setMaxErrorMessage(birthYearInvalid));
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
        unit.setMaxLength(HouseholdEntry.UNIT_MAX);
        unit.setTestId("resident-unit");
        room.setLabel(getTranslation("resident.form.room"));
        room.setPlaceholder(getTranslation("resident.form.roomPlaceholder"));
        room.setMaxLength(HouseholdEntry.ROOM_MAX);
        room.setTestId("resident-room");

        tags.setLabel(getTranslation("resident.form.tags"));
        tags.setItems(ResidentTag.values());
        tags.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        tags.setTestId("resident-tags");
        notes.setLabel(getTranslation("resident.form.notes"));
        notes.setMaxLength(ResidentDraft.NOTES_MAX);
        notes.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(notesTooLong));
        notes.setTestId("resident-notes");

        binder.forField(name).asRequired(nameInvalid)
                .withValidator(n -> n.strip().length() <= ResidentDraft.NAME_MAX, nameInvalid)
                .bind("name");
        binder.forField(gender).bind("gender");
        binder.forField(birthYear)
                .withValidator(y -> y == null || y >= ResidentDraft.BIRTH_YEAR_MIN && y <= ResidentDraft.BIRTH_YEAR_MAX,
                        birthYearInvalid)
                .bind("birthYear");
        // The service checks the phone too; checking here first spares creating a household for a typo.
        binder.forField(phone).withNullRepresentation("")
                .withValidator(ResidentForm::plausiblePhone, getTranslation("resident.phone.malformed"))
                .bind("phone");
        binder.forField(household).bind("householdId");
        binder.forField(tags).bind("tags");
        binder.forField(notes).withNullRepresentation("")
                .withValidator(n -> n == null || n.strip().length() <= ResidentDraft.NOTES_MAX, notesTooLong)
                .bind("notes");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(name, gender, birthYear, phone, compound, building, unit, room);
        form.add(tags, 2);
        form.add(notes, 2);
        loadBuildings(null);
    }

    /**
     * Shows a resident; {@code where} is where they live now, null for a new resident, who starts with no
     * data and in the compound chosen in the list, if any.
     */
    void read(@Nullable ResidentDraft resident, @Nullable HouseholdEntry where,
            @Nullable CompoundEntry defaultCompound) {
        show(resident != null ? resident : new ResidentDraft("", null, null, null, null, null, Set.of()));
        if (where != null) {
            compound.setValue(compounds.stream().filter(c -> c.id() == where.compoundId()).findFirst()
                    .orElse(null));
            building.setValue(buildings.stream().filter(b -> b.id() == where.buildingId()).findFirst()
                    .orElse(null));
            unit.setValue(where.unit());
            room.setValue(where.room());
        } else {
            compound.setValue(defaultCompound == null ? null : compounds.stream()
                    .filter(c -> c.id() == defaultCompound.id()).findFirst().orElse(null));
            unit.clear();
            room.clear();
        }
    }

    /**
     * The resident as entered (still in the household read; the view moves them to the address chosen),
     * or empty (with the reasons next to the fields) when something is not valid or no building is chosen.
     */
    @Override
    public Optional<ResidentDraft> write() {
        Optional<ResidentDraft> draft = super.write();
        if (building.getValue() == null) {
            building.setErrorMessage(getTranslation("resident.household.required"));
            building.setInvalid(true);
            return Optional.empty();
        }
        return draft;
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

    private void loadBuildings(@Nullable CompoundEntry chosen) {
        buildings = chosen == null ? List.of() : register.buildings(chosen.id());
        building.setItems(buildings);
        building.setEnabled(chosen != null);
    }

    private static boolean plausiblePhone(@Nullable String phone) {
        String normalised = PhoneNumbers.normalise(phone);
        return normalised == null || normalised.length() <= ResidentDraft.PHONE_MAX && PhoneNumbers.isValid(normalised);
    }
}
