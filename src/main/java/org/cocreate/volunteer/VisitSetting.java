package org.cocreate.volunteer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** After how many days without a visit a community's elderly residents are due again; without a row, 30. */
@Entity
@Table(name = "volunteer_visit_settings")
class VisitSetting {

    @Id
    private long communityId;
    private int intervalDays;

    protected VisitSetting() {
    }

    VisitSetting(long communityId, int intervalDays) {
        this.communityId = communityId;
        this.intervalDays = intervalDays;
    }

    int getIntervalDays() { return intervalDays; }

    void setIntervalDays(int days) {
        this.intervalDays = days;
    }
}
