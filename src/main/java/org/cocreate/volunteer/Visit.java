package org.cocreate.volunteer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Recorded;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A home visit (双阳走访) to a resident of the community by one to ten volunteers: when, how long, what they
 * checked, their notes, and a follow-up that stays open until a worker closes it with what was done.
 */
@Entity
@Table(name = "volunteer_visit")
class Visit extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    /** The resident visited. */
    @Column(nullable = false)
    private long residentId;
    @Column(nullable = false)
    private LocalDateTime visitedAt;
    private int minutes;
    /** The checks, by name, comma-separated (ELECTRICITY,MOOD). */
    @Column(nullable = false)
    private String checks;
    private @Nullable String notes;
    private boolean followUp;
    private @Nullable LocalDateTime followUpDoneAt;
    private @Nullable String followUpDoneBy;
    private @Nullable String followUpNote;
    @Embedded
    private Recorded created;

    // A list of visits costs one query for their volunteers, not one per visit.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "volunteer_visit_volunteer", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "resident_id")
    private Set<Long> volunteerIds = new LinkedHashSet<>();

    protected Visit() {
        this.visitedAt = LocalDateTime.MIN;
        this.checks = "";
        this.created = new Recorded(null, LocalDateTime.MIN, null, null);
    }

    /** From a draft the service has checked: every required value is there. */
    Visit(long communityId, VisitDraft checked, Recorded created) {
        this.communityId = communityId;
        this.residentId = Objects.requireNonNull(checked.visitedResidentId());
        this.volunteerIds.addAll(checked.volunteerIds());
        this.visitedAt = Objects.requireNonNull(checked.visitedAt());
        this.minutes = Objects.requireNonNull(checked.minutes());
        this.checks = checked.checks().stream().sorted().map(VisitCheck::name).collect(Collectors.joining(","));
        this.notes = checked.notes();
        this.followUp = checked.followUp();
        this.created = created;
    }

    long getCommunityId() { return communityId; }
    long getResidentId() { return residentId; }
    LocalDateTime getVisitedAt() { return visitedAt; }
    int getMinutes() { return minutes; }
    @Nullable String getNotes() { return notes; }
    boolean isFollowUp() { return followUp; }
    @Nullable LocalDateTime getFollowUpDoneAt() { return followUpDoneAt; }
    @Nullable String getFollowUpNote() { return followUpNote; }
    Set<Long> getVolunteerIds() { return Set.copyOf(volunteerIds); }

    Set<VisitCheck> getChecks() {
        Set<VisitCheck> set = EnumSet.noneOf(VisitCheck.class);
        if (!checks.isEmpty()) {
            Arrays.stream(checks.split(",")).map(VisitCheck::valueOf).forEach(set::add);
        }
        return set;
    }

    boolean followUpOpen() {
        return followUp && followUpDoneAt == null;
    }

    void closeFollowUp(String note, Recorded done) {
        this.followUpNote = note;
        this.followUpDoneAt = done.at();
        this.followUpDoneBy = done.actor();
    }

    /** The audit line's state: the fields by name, the names beside the ids (lists without commas). */
    String auditState(Map<Long, String> names) {
        List<Long> volunteers = volunteerIds.stream().sorted().toList();
        return "resident=" + residentId + ", residentName=" + names.getOrDefault(residentId, "")
                + ", volunteers=" + volunteers.stream().map(String::valueOf).collect(Collectors.joining(" "))
                + ", volunteerNames=" + volunteers.stream().map(id -> names.getOrDefault(id, ""))
                        .collect(Collectors.joining("、"))
                + ", visitedAt=" + visitedAt + ", minutes=" + minutes + ", checks=" + checks.replace(',', ' ')
                + ", followUp=" + followUp;
    }
}
