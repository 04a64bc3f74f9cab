package org.cocreate.assembly;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemAttachmentRepository extends JpaRepository<ItemAttachment, Long> {

    /** The papers of an assembly without their content (the list on screen), in the order they were added. */
    @Query("select new org.cocreate.assembly.AttachmentEntry(a.id, a.itemId, a.name, a.contentType, a.sizeBytes)"
            + " from ItemAttachment a where a.assemblyId = :assemblyId order by a.id")
    List<AttachmentEntry> entries(@Param("assemblyId") long assemblyId);

    long countByItemId(long itemId);
}
