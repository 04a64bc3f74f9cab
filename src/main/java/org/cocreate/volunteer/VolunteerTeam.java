package org.cocreate.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** What the volunteer feature knows of a volunteer team (an organisation of the register): its leader. */
@Entity
@Table(name = "volunteer_team")
class VolunteerTeam extends AbstractEntity {

    @Column(nullable = false)
    private long organisationId;
    private @Nullable Long leaderResidentId;

    protected VolunteerTeam() {
    }

    VolunteerTeam(long organisationId) {
        this.organisationId = organisationId;
    }

    long getOrganisationId() { return organisationId; }
    @Nullable Long getLeaderResidentId() { return leaderResidentId; }

    void lead(@Nullable Long residentId) {
        this.leaderResidentId = residentId;
    }
}
