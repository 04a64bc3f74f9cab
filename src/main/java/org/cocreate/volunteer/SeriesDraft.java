package org.cocreate.volunteer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A recurring activity as the form edits it: what and where, on which weekdays from when to when, between which
 * days, and the shifts each occurrence gets (a role and how many; their times are the occurrence's).
 */
public record SeriesDraft(@Nullable String title, @Nullable ActivityType type, @Nullable String place,
        @Nullable String description, @Nullable Set<DayOfWeek> weekdays, @Nullable LocalTime from,
        @Nullable LocalTime to, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, List<ShiftDraft> shifts) {

    /** A rule runs for a year at most; the next year is a new decision. */
    public static final int DAYS_MAX = 366;
}
