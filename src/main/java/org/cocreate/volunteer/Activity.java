package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A volunteer activity of a community: what, where and when, and whether it is still open for the event. */
@Entity
@Table(name = "volunteer_activity")
class Activity extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    private @Nullable Long seriesId;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;
    @Column(nullable = false)
    private String place;
    private @Nullable Long compoundId;
    private @Nullable Long teamId;
    private @Nullable String description;
    @Column(nullable = false)
    private LocalDateTime startsAt;
    @Column(nullable = false)
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;
    private @Nullable LocalDateTime closedAt;

    protected Activity() {
        this.title = "";
        this.type = ActivityType.OTHER;
        this.place = "";
        this.startsAt = LocalDateTime.MIN;
        this.endsAt = LocalDateTime.MIN;
        this.status = ActivityStatus.PLANNED;
        this.createdAt = LocalDateTime.MIN;
    }

    /** From a draft the service has checked: every required value is there. */
    Activity(long communityId, ActivityDraft checked, @Nullable String createdBy, LocalDateTime createdAt) {
        this.communityId = communityId;
        this.title = java.util.Objects.requireNonNull(checked.title());
        this.type = java.util.Objects.requireNonNull(checked.type());
        this.place = java.util.Objects.requireNonNull(checked.place());
        this.compoundId = checked.compoundId();
        this.teamId = checked.teamId();
        this.description = checked.description();
        this.startsAt = java.util.Objects.requireNonNull(checked.startsAt());
        this.endsAt = java.util.Objects.requireNonNull(checked.endsAt());
        this.status = ActivityStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getCommunityId() { return communityId; }
    @Nullable Long getSeriesId() { return seriesId; }
    String getTitle() { return title; }
    ActivityType getType() { return type; }
    String getPlace() { return place; }
    @Nullable Long getCompoundId() { return compoundId; }
    @Nullable Long getTeamId() { return teamId; }
    @Nullable String getDescription() { return description; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    ActivityStatus getStatus() { return status; }

    /** An occurrence of a recurring activity. */
    void belongTo(long series) {
        this.seriesId = series;
    }

    /** An occurrence follows its changed rule: what, where, and its time on its day. */
    void follow(ActivityDraft occurrence) {
        this.title = java.util.Objects.requireNonNull(occurrence.title());
        this.type = java.util.Objects.requireNonNull(occurrence.type());
        this.place = java.util.Objects.requireNonNull(occurrence.place());
        this.description = occurrence.description();
        this.startsAt = java.util.Objects.requireNonNull(occurrence.startsAt());
        this.endsAt = java.util.Objects.requireNonNull(occurrence.endsAt());
    }

    void close(LocalDateTime at) {
        this.status = ActivityStatus.CLOSED;
        this.closedAt = at;
    }
}
