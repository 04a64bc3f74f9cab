package org.cocreate.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A consultation meeting: when and where, its type's rules as they were when it was called, where it stands. */
@Entity
@Table(name = "meeting")
class Meeting extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingType type;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String place;
    @Column(nullable = false)
    private LocalDateTime startsAt;
    @Column(nullable = false)
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;
    private int quorumPercent;
    private int majorityPercent;
    private @Nullable String createdBy;
    @Column(nullable = false)
    private LocalDateTime createdAt;
    private @Nullable LocalDateTime openedAt;
    private @Nullable LocalDateTime closedAt;
    private @Nullable LocalDateTime minutesPublishedAt;

    protected Meeting() {
        this.type = MeetingType.CONSULTATION;
        this.title = "";
        this.place = "";
        this.startsAt = LocalDateTime.MIN;
        this.endsAt = LocalDateTime.MIN;
        this.status = MeetingStatus.PLANNED;
        this.createdAt = LocalDateTime.MIN;
    }

    Meeting(long communityId, MeetingDraft checked, MeetingRule rule, @Nullable String createdBy,
            LocalDateTime createdAt) {
        this.communityId = communityId;
        this.type = java.util.Objects.requireNonNull(checked.type());
        this.title = java.util.Objects.requireNonNull(checked.title());
        this.place = java.util.Objects.requireNonNull(checked.place());
        this.startsAt = java.util.Objects.requireNonNull(checked.startsAt());
        this.endsAt = java.util.Objects.requireNonNull(checked.endsAt());
        this.status = MeetingStatus.PLANNED;
        this.quorumPercent = rule.quorumPercent();
        this.majorityPercent = rule.majorityPercent();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long getCommunityId() { return communityId; }
    MeetingType getType() { return type; }
    String getTitle() { return title; }
    String getPlace() { return place; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    MeetingStatus getStatus() { return status; }
    MeetingRule rule() { return new MeetingRule(quorumPercent, majorityPercent); }
    @Nullable LocalDateTime getOpenedAt() { return openedAt; }
    @Nullable LocalDateTime getClosedAt() { return closedAt; }
    @Nullable LocalDateTime getMinutesPublishedAt() { return minutesPublishedAt; }

    void open(LocalDateTime at) {
        this.status = MeetingStatus.OPEN;
        this.openedAt = at;
    }

    void close(LocalDateTime at) {
        this.status = MeetingStatus.CLOSED;
        this.closedAt = at;
    }

    void publishMinutes(LocalDateTime at) {
        this.minutesPublishedAt = at;
    }
}
