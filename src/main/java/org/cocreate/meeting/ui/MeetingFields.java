package org.cocreate.meeting.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import org.cocreate.meeting.MeetingDraft;
import org.cocreate.meeting.MeetingType;
import org.jspecify.annotations.Nullable;

/** A meeting as the form shows it: a day and two times, which make the draft's start and end. */
public record MeetingFields(@Nullable MeetingType type, @Nullable String title, @Nullable String place,
        @Nullable LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {

    public MeetingDraft draft() {
        return new MeetingDraft(type, title, place, date == null || from == null ? null : date.atTime(from),
                date == null || to == null ? null : date.atTime(to));
    }
}
