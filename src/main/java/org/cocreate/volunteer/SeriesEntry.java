package org.cocreate.volunteer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A recurring activity as the screens read it, with how many occurrences it has and up to which day, and the
 * roles each occurrence gets (as the form edits them).
 */
public record SeriesEntry(long id, long communityId, String title, ActivityType type, String place,
        Set<DayOfWeek> weekdays, LocalTime from, LocalTime to, LocalDate firstDay, LocalDate lastDay,
        int occurrences, List<ShiftDraft> shifts) {
}
