package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A paper of an item the owners read before they vote: the renovation plan, the budget, a drawing. */
@Entity
@Table(name = "assembly_attachment")
class ItemAttachment extends AbstractEntity {

    @Column(nullable = false)
    private long assemblyId;
    @Column(nullable = false)
    private long itemId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] content;
    private int sizeBytes;
    private @Nullable String addedBy;
    @Column(nullable = false)
    private LocalDateTime addedAt;

    protected ItemAttachment() {
        this.name = "";
        this.contentType = "";
        this.content = new byte[0];
        this.addedAt = LocalDateTime.MIN;
    }

    ItemAttachment(long assemblyId, long itemId, AttachmentUpload.Checked checked, @Nullable String by,
            LocalDateTime at) {
        this.assemblyId = assemblyId;
        this.itemId = itemId;
        this.name = checked.name();
        this.contentType = checked.contentType();
        this.content = checked.content().clone();
        this.sizeBytes = this.content.length;
        this.addedBy = by;
        this.addedAt = at;
    }

    long getAssemblyId() { return assemblyId; }
    long getItemId() { return itemId; }
    String getName() { return name; }
    String getContentType() { return contentType; }
    byte[] getContent() { return content.clone(); }
}
