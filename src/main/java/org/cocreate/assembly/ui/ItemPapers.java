package org.cocreate.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.LongFunction;
import org.cocreate.assembly.AttachmentContent;
import org.cocreate.assembly.AttachmentEntry;
import org.cocreate.assembly.AttachmentUpload;
import org.cocreate.assembly.ItemAttachmentService;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;

/**
 * An item's papers (the renovation plan, the budget, a drawing) as links that open them, on the tablet and on
 * the owner's phone; while the assembly is prepared, the staff add and remove them here.
 */
final class ItemPapers extends Div {

    /** Links that fetch each paper through {@code content} when tapped (the service checks who asks then). */
    ItemPapers(List<AttachmentEntry> papers, LongFunction<AttachmentContent> content, String testIds) {
        addClassName("assembly-papers");
        for (AttachmentEntry paper : papers) {
            add(link(paper, content, testIds));
        }
    }

    /** The papers of an item in preparation: each with its remove button, and an upload for another. */
    static ItemPapers editable(ItemAttachmentService service, long assemblyId, long itemId, List<AttachmentEntry> papers,
            int position, Runnable changed) {
        var block = new ItemPapers(List.of(), id -> service.content(assemblyId, id), "assembly-paper");
        for (AttachmentEntry paper : papers) {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    service.remove(assemblyId, paper.id());
                    Notifications.success("assembly.attachment.removed", paper.name());
                    changed.run();
                } catch (RefusedException refused) {
                    Notifications.refused(refused);
                }
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(block.getTranslation("assembly.attachment.remove", paper.name()));
            remove.setTestId("assembly-paper-remove-" + paper.id());
            var line = new Div(link(paper, id -> service.content(assemblyId, id), "assembly-paper"), remove);
            line.addClassName("assembly-paper-line");
            block.add(line);
        }
        Upload upload = LimitedUploadHandler.inMemory(AttachmentUpload.MAX_BYTES, (metadata, data) -> {
            try {
                AttachmentEntry added = service.attach(assemblyId, itemId, new AttachmentUpload(metadata.fileName(), data));
                Notifications.success("assembly.attachment.added", added.name());
                changed.run();
            } catch (RefusedException refused) {
                Notifications.refused(refused);
            }
        }).whenRefused(() -> Notifications.error("assembly.attachment.size", AttachmentUpload.MAX_BYTES / 1024 / 1024))
                .upload();
        upload.setAcceptedFileTypes(AttachmentUpload.TYPES.toArray(String[]::new));
        upload.setUploadButton(new Button(block.getTranslation("assembly.attachment.add"), VaadinIcon.PAPERCLIP.create()));
        upload.setDropAllowed(false);
        upload.setTestId("assembly-paper-upload-" + position);
        upload.addClassName("assembly-paper-upload");
        block.add(upload);
        return block;
    }

    private static Anchor link(AttachmentEntry paper, LongFunction<AttachmentContent> content, String testIds) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentContent file = content.apply(paper.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.contentType(),
                    file.content().length);
        }).inline(), "");
        link.setText(link.getTranslation("assembly.attachment.link", paper.name(), size(paper.size())));
        link.setTarget("_blank");
        link.addClassName("assembly-paper-link");
        link.setTestId(testIds + "-" + paper.id());
        return link;
    }

    /** 350 KB, 2.4 MB: enough to tell a phone whether to open it on mobile data. */
    static String size(int bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
