package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;

/** The photo of a unit's signed paper ballot (书面表决票): the evidence of a written vote; the latest is kept. */
@Entity
@Table(name = "assembly_ballot_photo")
class BallotPhoto extends AbstractEntity {

    @Column(nullable = false)
    private long assemblyId;
    @Column(nullable = false)
    private long unitId;
    @Column(nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private LocalDateTime takenAt;

    protected BallotPhoto() {
        this.contentType = "";
        this.content = new byte[0];
        this.takenAt = LocalDateTime.MIN;
    }

    BallotPhoto(long assemblyId, long unitId) {
        this.assemblyId = assemblyId;
        this.unitId = unitId;
        this.contentType = "";
        this.content = new byte[0];
        this.takenAt = LocalDateTime.MIN;
    }

    String getContentType() { return contentType; }
    byte[] getContent() { return content.clone(); }

    void replace(String contentType, byte[] content, LocalDateTime at) {
        this.contentType = contentType;
        this.content = content.clone();
        this.takenAt = at;
    }
}
