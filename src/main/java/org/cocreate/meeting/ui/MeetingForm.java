package org.cocreate.meeting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.Map;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.RecordForm;
import org.cocreate.meeting.MeetingType;

/**
 * Calling a meeting: its type (which brings its rules), title, place, day and times, with the service's own
 * messages; the end before the start is refused at the end's field.
 */
class MeetingForm extends RecordForm<MeetingFields> {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 200;

    final Select<MeetingType> type = new Select<>();
    final TextField title = new TextField();
    final TextField place = new TextField();
    final DatePicker date;
    final TimePicker from = new TimePicker();
    final TimePicker to = new TimePicker();

    MeetingForm() {
        super(MeetingFields.class);
        date = Localized.datePicker(getTranslation("meeting.form.date"));
        refusalsAt(Map.of("type", type, "title", title, "place", place, "startsAt", from, "endsAt", to));
        type.setLabel(getTranslation("meeting.form.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setRequiredIndicatorVisible(true);
        type.setTestId("meeting-type");
        title.setLabel(getTranslation("meeting.form.title"));
        title.setPlaceholder(getTranslation("meeting.form.titlePlaceholder"));
        title.setMaxLength(TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setTestId("meeting-title");
        place.setLabel(getTranslation("meeting.form.place"));
        place.setMaxLength(PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        place.setTestId("meeting-place");
        date.setRequiredIndicatorVisible(true);
        date.setTestId("meeting-date");
        from.setLabel(getTranslation("meeting.form.from"));
        from.setStep(Duration.ofMinutes(15));
        from.setRequiredIndicatorVisible(true);
        from.setTestId("meeting-from");
        to.setLabel(getTranslation("meeting.form.to"));
        to.setStep(Duration.ofMinutes(15));
        to.setRequiredIndicatorVisible(true);
        to.setTestId("meeting-to");

        String titleInvalid = getTranslation("meeting.title.invalid", TITLE_MAX);
        String placeInvalid = getTranslation("meeting.place.invalid", PLACE_MAX);
        binder.forField(type).asRequired(getTranslation("meeting.type.required")).bind("type");
        binder.forField(title).asRequired(titleInvalid).withValidator(t -> !t.isBlank(), titleInvalid).bind("title");
        binder.forField(place).asRequired(placeInvalid).withValidator(p -> !p.isBlank(), placeInvalid).bind("place");
        binder.forField(date).asRequired(getTranslation("meeting.startsAt.required")).bind("date");
        binder.forField(from).asRequired(getTranslation("meeting.startsAt.required")).bind("from");
        binder.forField(to).asRequired(getTranslation("meeting.endsAt.required")).bind("to");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 3));
        form.add(type, 1);
        form.add(title, 2);
        form.add(place, 3);
        form.add(date, from, to);
    }

    void read(MeetingFields fields) {
        show(fields);
    }
}
