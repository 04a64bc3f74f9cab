package org.cocreate.points.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.points.Photo;
import org.jspecify.annotations.Nullable;

/** An optional photo of the deed: JPEG, PNG or WebP up to 5 MB, taken with the tablet's camera or chosen. */
class PhotoField extends Composite<VerticalLayout> {

    final Upload upload;
    final Span chosen = new Span();

    private @Nullable Photo photo;
    private Runnable onChange = () -> { };

    PhotoField() {
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("grant-photo");
        var label = new Span(getTranslation("grant.photo"));
        label.addClassName("grant-label");
        upload = LimitedUploadHandler.inMemory(Photo.MAX_BYTES, (metadata, data) -> {
            photo = new Photo(metadata.contentType(), data);
            chosen.setText(getTranslation("grant.photo.chosen", metadata.fileName()));
            onChange.run();
        }).whenRefused(() -> Notifications.error("grant.photo.rejected", Photo.MAX_BYTES / 1024 / 1024)).upload();
        upload.setAcceptedFileTypes(Photo.TYPES.toArray(String[]::new));
        upload.setTestId("grant-photo");
        upload.addFileRemovedListener(e -> clear());
        chosen.addClassName("grant-hint");
        chosen.setTestId("grant-photo-chosen");
        layout.add(label, upload, chosen);
    }

    @Nullable Photo value() {
        return photo;
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void clear() {
        photo = null;
        chosen.setText("");
        upload.clearFileList();
        onChange.run();
    }
}
