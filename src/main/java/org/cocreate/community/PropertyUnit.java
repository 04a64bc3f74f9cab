package org.cocreate.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Area;

/**
 * 专有部分: a household's dwelling as the property register has it, with its exclusive floor area and its
 * owners (none known yet: empty). A unit the developer has not sold or not handed over is developer-held.
 */
@Entity
@Table(name = "property_unit")
class PropertyUnit extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private long householdId;
    @Convert(converter = Area.DatabaseConverter.class)
    @Column(name = "area_m2", nullable = false)
    private Area area;
    private boolean developerHeld;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "property_unit_owner", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "owner_id")
    private Set<Long> ownerIds = new LinkedHashSet<>();

    protected PropertyUnit() {
        this.area = Area.ZERO;
    }

    PropertyUnit(long communityId, long householdId, Area area, boolean developerHeld) {
        this.communityId = communityId;
        this.householdId = householdId;
        this.area = area;
        this.developerHeld = developerHeld;
    }

    long getCommunityId() { return communityId; }
    long getHouseholdId() { return householdId; }
    Area getArea() { return area; }
    boolean isDeveloperHeld() { return developerHeld; }
    Set<Long> getOwnerIds() { return Set.copyOf(ownerIds); }

    void change(Area area, boolean developerHeld) {
        this.area = area;
        this.developerHeld = developerHeld;
    }

    boolean addOwner(long ownerId) {
        return ownerIds.add(ownerId);
    }

    boolean removeOwner(long ownerId) {
        return ownerIds.remove(ownerId);
    }
}
