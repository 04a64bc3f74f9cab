package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A community's points settings; a community without a row has the defaults. */
@Entity
@Table(name = "points_settings")
class PointsSettings {

    static final long DEFAULT_APPROVAL_THRESHOLD = 20;
    static final int DEFAULT_NOTICE_DAYS = 3;

    @Id
    private long communityId;

    @Version
    private long version;

    @Column(nullable = false)
    private long approvalThreshold = DEFAULT_APPROVAL_THRESHOLD;

    @Column(nullable = false)
    private int noticeDays = DEFAULT_NOTICE_DAYS;

    private @Nullable Integer expiryMonths;

    protected PointsSettings() {
    }

    PointsSettings(long communityId) {
        this.communityId = communityId;
    }

    long getCommunityId() { return communityId; }

    CommunityPointsSettings toRecord() {
        return new CommunityPointsSettings(approvalThreshold, noticeDays, expiryMonths);
    }

    void update(CommunityPointsSettings settings) {
        this.approvalThreshold = settings.approvalThreshold();
        this.noticeDays = settings.noticeDays();
        this.expiryMonths = settings.expiryMonths();
    }
}
