package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A resident's membership of an organisation, with their position (业委会主任, 楼栋长 ...). */
@Entity
@Table(name = "organisation_member")
public class OrganisationMember extends AbstractEntity {

    @Column(nullable = false)
    private long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    private @Nullable String position;

    protected OrganisationMember() {
        this.resident = new Resident();
    }

    public OrganisationMember(long organisationId, Resident resident, @Nullable String position) {
        this.organisationId = organisationId;
        this.resident = resident;
        this.position = position;
    }

    public long getOrganisationId() { return organisationId; }
    public Resident getResident() { return resident; }
    public @Nullable String getPosition() { return position; }

    void setPosition(@Nullable String position) {
        this.position = position;
    }
}
