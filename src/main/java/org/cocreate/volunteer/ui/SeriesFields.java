package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.base.ui.Localized;
import org.cocreate.volunteer.ActivityDraft;
import org.cocreate.volunteer.ActivityType;
import org.cocreate.volunteer.SeriesDraft;
import org.cocreate.volunteer.SeriesEntry;
import org.cocreate.volunteer.ShiftDraft;

/**
 * The fields of a recurring activity's rule (定期活动): what and where, the weekdays and times, the first and last
 * day, and up to three roles with how many each takes. The same fields create a rule and change one; the service
 * checks them and its refusals land at the field they name ({@link #refusals()}).
 */
final class SeriesFields extends Composite<FormLayout> {

    final TextField title = new TextField();
    final Select<ActivityType> type = new Select<>();
    final TextField place = new TextField();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final TimePicker from = new TimePicker();
    final TimePicker to = new TimePicker();
    final DatePicker firstDay;
    final DatePicker lastDay;
    final List<TextField> roles = new ArrayList<>();
    final List<IntegerField> capacities = new ArrayList<>();

    /** A new rule: Saturdays 8:00–10:00 from today, one role of ten (清扫) as a start. */
    SeriesFields(LocalDate today) {
        title.setLabel(getTranslation("activities.form.title"));
        title.setMaxLength(ActivityDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setTestId("series-title");
        type.setLabel(getTranslation("activities.form.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(ActivityType.CLEAN_UP);
        place.setLabel(getTranslation("activities.form.place"));
        place.setMaxLength(ActivityDraft.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setTestId("series-place");
        weekdays.setLabel(getTranslation("activities.series.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
        weekdays.setTestId("series-weekdays");
        from.setLabel(getTranslation("activities.form.from"));
        from.setStep(Duration.ofMinutes(15));
        from.setValue(LocalTime.of(8, 0));
        to.setLabel(getTranslation("activities.form.to"));
        to.setStep(Duration.ofMinutes(15));
        to.setValue(LocalTime.of(10, 0));
        to.setTestId("series-to");
        firstDay = Localized.datePicker(getTranslation("activities.series.firstDay"));
        firstDay.setValue(today);
        lastDay = Localized.datePicker(getTranslation("activities.series.lastDay"));
        lastDay.setHelperText(getTranslation("activities.series.lastDayHelp"));
        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 3));
        form.add(title, 2);
        form.add(type, 1);
        form.add(place, 3);
        form.add(weekdays, 3);
        form.add(from, to);
        form.add(firstDay, lastDay);
        for (int i = 0; i < ActivitiesView.SHIFT_ROWS; i++) {
            var role = new TextField(getTranslation("activities.form.role", i + 1));
            role.setMaxLength(ShiftDraft.ROLE_MAX);
            role.setPlaceholder(getTranslation(i == 0 ? "activities.form.rolePlaceholder" : "activities.form.optional"));
            role.setTestId("series-role-" + i);
            var capacity = new IntegerField(getTranslation("activities.form.capacity"));
            capacity.setMin(1);
            capacity.setMax(ShiftDraft.CAPACITY_MAX);
            capacity.setStepButtonsVisible(true);
            capacity.setTestId("series-capacity-" + i);
            roles.add(role);
            capacities.add(capacity);
            form.add(role, 2);
            form.add(capacity, 1);
        }
        roles.getFirst().setValue(getTranslation("activities.form.firstRole"));
        capacities.getFirst().setValue(10);
    }

    /** Shows a rule to change: its fields as they are, its roles in their order. */
    void fill(SeriesEntry rule) {
        title.setValue(rule.title());
        type.setValue(rule.type());
        place.setValue(rule.place());
        weekdays.setValue(rule.weekdays());
        from.setValue(rule.from());
        to.setValue(rule.to());
        firstDay.setValue(rule.firstDay());
        lastDay.setValue(rule.lastDay());
        for (int i = 0; i < roles.size(); i++) {
            ShiftDraft shift = i < rule.shifts().size() ? rule.shifts().get(i) : null;
            roles.get(i).setValue(shift == null ? "" : java.util.Objects.requireNonNullElse(shift.role(), ""));
            capacities.get(i).setValue(shift == null ? null : shift.capacity());
        }
    }

    /** The rule as entered; a role row left empty is no role (the first always counts, to be refused if empty). */
    SeriesDraft draft() {
        List<ShiftDraft> shifts = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            boolean empty = roles.get(i).getValue().isBlank() && capacities.get(i).getValue() == null;
            if (i == 0 || !empty) {
                shifts.add(new ShiftDraft(roles.get(i).getValue(), null, null, capacities.get(i).getValue()));
            }
        }
        return new SeriesDraft(title.getValue(), type.getValue(), place.getValue(), null, weekdays.getValue(),
                from.getValue(), to.getValue(), firstDay.getValue(), lastDay.getValue(), shifts);
    }

    /** The fields by the names the service's refusals give them. */
    Map<String, HasValidation> refusals() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("title", title, "type", type, "place", place,
                "weekdays", weekdays, "from", from, "to", to, "firstDay", firstDay, "lastDay", lastDay));
        for (int i = 0; i < roles.size(); i++) {
            fields.put("shifts." + i + ".role", roles.get(i));
            fields.put("shifts." + i + ".capacity", capacities.get(i));
        }
        fields.put("shifts", roles.getFirst());
        return fields;
    }
}
