package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** 小区: a residential compound of a community, with its coverage checklist. */
@Entity
@Table(name = "compound")
public class Compound extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;

    @Column(nullable = false)
    private String name;

    private @Nullable String address;

    private boolean hasPartyOrganisation;
    private boolean hasOwnersCommittee;
    private boolean hasPropertyManagement;
    private boolean hasStreetLights;
    private boolean hasFitnessEquipment;
    private boolean hasRedStation;

    protected Compound() {
        this.name = "";
    }

    public Compound(long communityId, String name) {
        this.communityId = communityId;
        this.name = name;
    }

    public long getCommunityId() { return communityId; }
    public String getName() { return name; }
    public @Nullable String getAddress() { return address; }

    void rename(String name, @Nullable String address) {
        this.name = name;
        this.address = address;
    }

    public Set<Coverage> coverage() {
        Set<Coverage> covered = EnumSet.noneOf(Coverage.class);
        if (hasPartyOrganisation) covered.add(Coverage.PARTY_ORGANISATION);
        if (hasOwnersCommittee) covered.add(Coverage.OWNERS_COMMITTEE);
        if (hasPropertyManagement) covered.add(Coverage.PROPERTY_MANAGEMENT);
        if (hasStreetLights) covered.add(Coverage.STREET_LIGHTS);
        if (hasFitnessEquipment) covered.add(Coverage.FITNESS_EQUIPMENT);
        if (hasRedStation) covered.add(Coverage.RED_STATION);
        return covered;
    }

    public void setCoverage(Set<Coverage> covered) {
        hasPartyOrganisation = covered.contains(Coverage.PARTY_ORGANISATION);
        hasOwnersCommittee = covered.contains(Coverage.OWNERS_COMMITTEE);
        hasPropertyManagement = covered.contains(Coverage.PROPERTY_MANAGEMENT);
        hasStreetLights = covered.contains(Coverage.STREET_LIGHTS);
        hasFitnessEquipment = covered.contains(Coverage.FITNESS_EQUIPMENT);
        hasRedStation = covered.contains(Coverage.RED_STATION);
    }
}
