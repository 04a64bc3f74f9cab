package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A party branch, owners' committee, property company, volunteer team or local institution. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;

    /** The compound it serves, or null for the whole community. */
    private @Nullable Long compoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Column(nullable = false)
    private String name;

    protected Organisation() {
        this.type = OrganisationType.OTHER;
        this.name = "";
    }

    public Organisation(long communityId, @Nullable Long compoundId, OrganisationType type, String name) {
        this.communityId = communityId;
        this.compoundId = compoundId;
        this.type = type;
        this.name = name;
    }

    public long getCommunityId() { return communityId; }
    public @Nullable Long getCompoundId() { return compoundId; }
    public OrganisationType getType() { return type; }
    public String getName() { return name; }

    void update(@Nullable Long compoundId, OrganisationType type, String name) {
        this.compoundId = compoundId;
        this.type = type;
        this.name = name;
    }
}
