package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.cocreate.base.Area;

/**
 * A unit of the electorate as it was when the vote opened: a later sale changes who may cast the unit's ballot,
 * not its area nor the head it counts toward. Its token is the owner's phone ballot link.
 */
@Entity
@Table(name = "assembly_unit")
class AssemblyUnit extends AbstractEntity {

    @Column(nullable = false)
    private long assemblyId;
    @Column(nullable = false)
    private long unitId;
    @Column(nullable = false)
    private long buildingId;
    @Column(nullable = false)
    private String buildingName;
    @Column(nullable = false)
    private String floor;
    @Column(nullable = false)
    private String address;
    @Convert(converter = Area.DatabaseConverter.class)
    @Column(name = "area_m2", nullable = false)
    private Area area;
    @Column(nullable = false)
    private String ownerKey;
    @Column(nullable = false)
    private String token;

    protected AssemblyUnit() {
        this.buildingName = "";
        this.floor = "";
        this.address = "";
        this.area = Area.ZERO;
        this.ownerKey = "";
        this.token = "";
    }

    AssemblyUnit(long assemblyId, org.cocreate.community.ElectorUnit unit, String token) {
        this.assemblyId = assemblyId;
        this.unitId = unit.unitId();
        this.buildingId = unit.buildingId();
        this.buildingName = unit.buildingName();
        this.floor = unit.floor();
        this.address = unit.address();
        this.area = unit.area();
        this.ownerKey = unit.ownerKey();
        this.token = token;
    }

    long getAssemblyId() { return assemblyId; }
    long getUnitId() { return unitId; }
    long getBuildingId() { return buildingId; }
    String getBuildingName() { return buildingName; }
    String getFloor() { return floor; }
    String getAddress() { return address; }
    Area getArea() { return area; }
    String getOwnerKey() { return ownerKey; }
    String getToken() { return token; }
}
