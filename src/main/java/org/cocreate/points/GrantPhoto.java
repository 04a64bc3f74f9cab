package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The photo taken with a grant (the clean staircase, the volunteers at work). Stored once, never changed. */
@Entity
@Table(name = "grant_photo")
class GrantPhoto {

    @Id
    private long grantId;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    protected GrantPhoto() {
        this.contentType = "";
        this.content = new byte[0];
    }

    GrantPhoto(long grantId, Photo photo) {
        this.grantId = grantId;
        this.contentType = photo.contentType();
        this.content = photo.content();
    }

    Photo toPhoto() {
        return new Photo(contentType, content);
    }
}
