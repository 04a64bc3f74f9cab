package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;

/** 户: a household, addressed by building, unit (单元) and room (房号); unit and room may be empty. */
@Entity
@Table(name = "household")
public class Household extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "building_id")
    private Building building;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private String room;

    protected Household() {
        this.building = new Building();
        this.unit = "";
        this.room = "";
    }

    public Household(Building building, String unit, String room) {
        this.building = building;
        this.unit = unit;
        this.room = room;
    }

    public Building getBuilding() { return building; }
    public String getUnit() { return unit; }
    public String getRoom() { return room; }
}
