package org.cocreate.volunteer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A recurring activity's rule: what, where, on which weekdays at what time, between which days, its shifts. */
@Entity
@Table(name = "volunteer_series")
class Series extends AbstractEntity {

    /** A shift each occurrence gets. */
    @Embeddable
    record Template(@Column(name = "role") String role, @Column(name = "capacity") int capacity) {
    }

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;
    @Column(nullable = false)
    private String place;
    private @Nullable String description;
    /** The weekdays, by name, comma-separated (MONDAY,SATURDAY). */
    @Column(nullable = false)
    private String weekdays;
    @Column(nullable = false)
    private LocalTime startsAt;
    @Column(nullable = false)
    private LocalTime endsAt;
    @Column(nullable = false)
    private LocalDate firstDay;
    @Column(nullable = false)
    private LocalDate lastDay;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_series_shift", joinColumns = @JoinColumn(name = "series_id"))
    @OrderColumn(name = "position")
    private List<Template> shifts = new ArrayList<>();

    protected Series() {
        this.title = "";
        this.type = ActivityType.OTHER;
        this.place = "";
        this.weekdays = "";
        this.startsAt = LocalTime.MIN;
        this.endsAt = LocalTime.MIN;
        this.firstDay = LocalDate.MIN;
        this.lastDay = LocalDate.MIN;
        this.createdAt = LocalDateTime.MIN;
    }

    Series(long communityId, SeriesDraft checked, @Nullable String createdBy, LocalDateTime createdAt) {
        this();
        this.communityId = communityId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(checked);
    }

    /** Takes a checked draft's values (every required one is there). */
    final void change(SeriesDraft checked) {
        this.title = Objects.requireNonNull(checked.title());
        this.type = Objects.requireNonNull(checked.type());
        this.place = Objects.requireNonNull(checked.place());
        this.description = checked.description();
        this.weekdays = Objects.requireNonNull(checked.weekdays()).stream().sorted().map(DayOfWeek::name)
                .collect(Collectors.joining(","));
        this.startsAt = Objects.requireNonNull(checked.from());
        this.endsAt = Objects.requireNonNull(checked.to());
        this.firstDay = Objects.requireNonNull(checked.firstDay());
        this.lastDay = Objects.requireNonNull(checked.lastDay());
        this.shifts.clear();
        checked.shifts().forEach(s -> shifts.add(new Template(Objects.requireNonNull(s.role()),
                Objects.requireNonNull(s.capacity()))));
    }

    long getCommunityId() { return communityId; }
    String getTitle() { return title; }
    ActivityType getType() { return type; }
    String getPlace() { return place; }
    @Nullable String getDescription() { return description; }
    LocalTime getStartsAt() { return startsAt; }
    LocalTime getEndsAt() { return endsAt; }
    LocalDate getFirstDay() { return firstDay; }
    LocalDate getLastDay() { return lastDay; }
    List<Template> getShifts() { return List.copyOf(shifts); }

    Set<DayOfWeek> getWeekdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!weekdays.isEmpty()) {
            Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }

    /** Whether the rule has an occurrence on this day. */
    boolean occursOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay) && getWeekdays().contains(day.getDayOfWeek());
    }

    /** The occurrence's activity on this day, as the rule says it now. */
    ActivityDraft occurrence(LocalDate day) {
        return new ActivityDraft(title, type, place, null, null, description, day.atTime(startsAt), day.atTime(endsAt));
    }
}
