package org.cocreate.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;

/** 社区: the tenant. Its staff see and change only its data. */
@Entity
@Table(name = "community")
public class Community extends AbstractEntity {

    @Column(nullable = false)
    private long subdistrictId;

    @Column(nullable = false, unique = true)
    private String name;

    protected Community() {
        this.name = "";
    }

    public Community(long subdistrictId, String name) {
        this.subdistrictId = subdistrictId;
        this.name = name;
    }

    public long getSubdistrictId() {
        return subdistrictId;
    }

    public String getName() {
        return name;
    }
}
