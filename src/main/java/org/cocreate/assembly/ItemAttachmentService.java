package org.cocreate.assembly;

import static org.cocreate.assembly.AssemblyService.CHECK;

import java.util.List;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of an assembly's items (the renovation plan, the budget, a drawing) that the owners read before
 * they vote: added and removed while the assembly is prepared, fixed once the vote opens (what the owners vote on
 * does not change under them), read by the staff and by an owner's phone with the unit's link.
 */
@Service
public class ItemAttachmentService {

    private final AssemblyItemRepository items;
    private final AssemblyUnitRepository units;
    private final ItemAttachmentRepository attachments;
    private final AssemblyAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    @SuppressWarnings("java:S107")
    ItemAttachmentService(AssemblyItemRepository items, AssemblyUnitRepository units,
            ItemAttachmentRepository attachments, AssemblyAccess access, AuditTrail audit,
            ApplicationEventPublisher events, java.time.Clock clock) {
        this.items = items;
        this.units = units;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a paper to an item while the assembly is prepared. Refused at {@code attachment}: after the opening,
     * empty or too large, not a PDF, JPEG or PNG by its content, a name too long, one paper too many.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public AttachmentEntry attach(long assemblyId, long itemId, AttachmentUpload upload) {
        OwnersAssembly assembly = lockedVisible(assemblyId);
        CHECK.that(assembly.getStatus() == AssemblyStatus.DRAFT, "attachment", "assembly.attachment.notDraft");
        AssemblyItem item = items.findById(itemId).filter(own -> own.getAssemblyId() == assemblyId)
                .orElseThrow(NotFoundException::new);
        CHECK.that(upload.content().length > 0 && upload.content().length <= AttachmentUpload.MAX_BYTES, "attachment",
                "assembly.attachment.size", AttachmentUpload.MAX_BYTES / 1024 / 1024);
        String type = upload.sniffedType();
        CHECK.that(type != null, "attachment", "assembly.attachment.type");
        String name = CHECK.text("attachment", fileName(upload.name()), AttachmentUpload.NAME_MAX,
                "assembly.attachment.name");
        CHECK.that(attachments.countByItemId(itemId) < AttachmentUpload.PER_ITEM_MAX, "attachment",
                "assembly.attachment.tooMany", AttachmentUpload.PER_ITEM_MAX);
        Recorded now = Recorded.now(clock);
        ItemAttachment saved = attachments.save(new ItemAttachment(assemblyId, item.id(),
                new AttachmentUpload.Checked(name, java.util.Objects.requireNonNull(type), upload.content()),
                now.actor(), now.at()));
        audit.record("ASSEMBLY_ATTACHMENT_ADDED", "owners_assembly", assemblyId, assembly.getCommunityId(), null,
                "item=" + itemId + ", attachment=" + name + ", size=" + upload.content().length);
        events.publishEvent(new AssemblyChanged(assembly.getCommunityId(), assemblyId));
        return new AttachmentEntry(saved.id(), itemId, name, type, upload.content().length);
    }

    /** Removes a paper while the assembly is prepared; refused after the opening. */
    @Transactional
    @PreAuthorize(AssemblyRoles.STAFF)
    public void remove(long assemblyId, long attachmentId) {
        OwnersAssembly assembly = lockedVisible(assemblyId);
        CHECK.that(assembly.getStatus() == AssemblyStatus.DRAFT, "attachment", "assembly.attachment.notDraft");
        ItemAttachment attachment = attachments.findById(attachmentId)
                .filter(own -> own.getAssemblyId() == assemblyId).orElseThrow(NotFoundException::new);
        attachments.delete(attachment);
        audit.record("ASSEMBLY_ATTACHMENT_REMOVED", "owners_assembly", assemblyId, assembly.getCommunityId(),
                "item=" + attachment.getItemId() + ", attachment=" + attachment.getName(), null);
        events.publishEvent(new AssemblyChanged(assembly.getCommunityId(), assemblyId));
    }

    /** The assembly's papers, item by item in the order added, without their content. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public List<AttachmentEntry> attachments(long assemblyId) {
        visible(assemblyId);
        return attachments.entries(assemblyId);
    }

    /** A paper's content, to open on the tablet. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public AttachmentContent content(long assemblyId, long attachmentId) {
        visible(assemblyId);
        return contentOf(assemblyId, attachmentId);
    }

    /** The papers the owner's phone lists with the unit's link; an unknown link is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.PUBLIC)
    public List<AttachmentEntry> attachmentsByPhone(String token) {
        return attachments.entries(assemblyOf(token));
    }

    /** A paper's content for the owner's phone: only a paper of the assembly the unit's link is for. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.PUBLIC)
    public AttachmentContent contentByPhone(String token, long attachmentId) {
        return contentOf(assemblyOf(token), attachmentId);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private AttachmentContent contentOf(long assemblyId, long attachmentId) {
        ItemAttachment attachment = attachments.findById(attachmentId)
                .filter(own -> own.getAssemblyId() == assemblyId).orElseThrow(NotFoundException::new);
        return new AttachmentContent(attachment.getName(), attachment.getContentType(), attachment.getContent());
    }

    private long assemblyOf(String token) {
        return units.findByToken(token).map(AssemblyUnit::getAssemblyId).orElseThrow(NotFoundException::new);
    }

    /** The file's own name: a browser may send a path ("C:\\fakepath\\方案.pdf"). */
    private static String fileName(@org.jspecify.annotations.Nullable String sent) {
        String name = sent == null ? "" : sent;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private OwnersAssembly visible(long assemblyId) {
        return access.visible(assemblyId);
    }

    private OwnersAssembly lockedVisible(long assemblyId) {
        return access.locked(assemblyId);
    }
}
