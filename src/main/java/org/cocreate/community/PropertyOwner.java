package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * An owner of one or more units: a resident of the register, or someone living elsewhere known by name and
 * phone. One owner of several units is one row, so that an assembly counts them once by head.
 */
@Entity
@Table(name = "property_owner")
class PropertyOwner extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    private @Nullable Long residentId;
    @Column(nullable = false)
    private String name;
    private @Nullable String phone;

    protected PropertyOwner() {
        this.name = "";
    }

    PropertyOwner(long communityId, @Nullable Long residentId, String name, @Nullable String phone) {
        this.communityId = communityId;
        this.residentId = residentId;
        this.name = name;
        this.phone = phone;
    }

    long getCommunityId() { return communityId; }
    @Nullable Long getResidentId() { return residentId; }
    String getName() { return name; }
    @Nullable String getPhone() { return phone; }
}
