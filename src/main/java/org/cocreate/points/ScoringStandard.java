package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** 评分标准: one version of a community's catalogue of rules. Drafted, adopted, in effect from a date, superseded. */
@Entity
@Table(name = "scoring_standard")
public class ScoringStandard extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;

    @Column(nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StandardStatus status;

    @Column(nullable = false)
    private String title;

    private @Nullable LocalDate effectiveFrom;
    private @Nullable LocalDate supersededFrom;
    private @Nullable LocalDateTime adoptedAt;
    private @Nullable String adoptedNote;
    private @Nullable String adoptedBy;

    protected ScoringStandard() {
        this.status = StandardStatus.DRAFT;
        this.title = "";
    }

    ScoringStandard(long communityId, int versionNumber, String title) {
        this.communityId = communityId;
        this.versionNumber = versionNumber;
        this.title = title;
        this.status = StandardStatus.DRAFT;
    }

    public long getCommunityId() { return communityId; }
    public int getVersionNumber() { return versionNumber; }
    public StandardStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
    public @Nullable LocalDate getSupersededFrom() { return supersededFrom; }
    public @Nullable LocalDateTime getAdoptedAt() { return adoptedAt; }
    public @Nullable String getAdoptedNote() { return adoptedNote; }
    public @Nullable String getAdoptedBy() { return adoptedBy; }

    boolean isDraft() {
        return status == StandardStatus.DRAFT;
    }

    void adopt(LocalDate effectiveFrom, LocalDateTime adoptedAt, @Nullable String note, @Nullable String adoptedBy) {
        this.status = StandardStatus.ADOPTED;
        this.effectiveFrom = effectiveFrom;
        this.adoptedAt = adoptedAt;
        this.adoptedNote = note;
        this.adoptedBy = adoptedBy;
    }

    void supersede(LocalDate from) {
        this.status = StandardStatus.SUPERSEDED;
        this.supersededFrom = from;
    }

    String auditState() {
        return "version=" + versionNumber + ", status=" + status + ", title=" + title + ", effectiveFrom="
                + effectiveFrom + ", note=" + adoptedNote;
    }
}
