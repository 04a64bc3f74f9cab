package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;

/** 街道: the level above communities; a sub-district admin works in all of its communities. */
@Entity
@Table(name = "subdistrict")
public class Subdistrict extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String name;

    protected Subdistrict() {
        this.name = "";
    }

    public Subdistrict(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
