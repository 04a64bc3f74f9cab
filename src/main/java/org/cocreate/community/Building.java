package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;

/** 楼栋: a building of a compound, e.g. "3栋". */
@Entity
@Table(name = "building")
public class Building extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id")
    private Compound compound;

    @Column(nullable = false)
    private String name;

    protected Building() {
        this.compound = new Compound();
        this.name = "";
    }

    public Building(Compound compound, String name) {
        this.compound = compound;
        this.name = name;
    }

    public Compound getCompound() { return compound; }
    public String getName() { return name; }

    void rename(String name) {
        this.name = name;
    }
}
