package org.cocreate.proposal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.proposal.ProposalPicture;
import org.jspecify.annotations.Nullable;

/**
 * An optional photo taken with the tablet's camera or chosen: JPEG, PNG or WebP up to 5 MB as uploaded (the
 * service sizes it down). Used by the intake and by a progress report.
 */
class PhotoField extends Composite<Div> {

    final Upload upload;
    final Span chosen = new Span();
    private @Nullable ProposalPicture picture;

    PhotoField(String labelKey, String testId) {
        upload = LimitedUploadHandler.inMemory(ProposalPicture.MAX_BYTES, (metadata, data) -> {
            picture = new ProposalPicture(metadata.contentType(), data);
            chosen.setText(getTranslation("proposal.form.photoChosen", metadata.fileName()));
        }).whenRefused(() -> Notifications.error("proposal.photo.size", ProposalPicture.MAX_BYTES / 1024 / 1024))
                .upload();
        upload.setAcceptedFileTypes(ProposalPicture.TYPES.toArray(String[]::new));
        upload.setTestId(testId);
        upload.addFileRemovedListener(e -> {
            picture = null;
            chosen.setText("");
        });
        var label = new Span(getTranslation(labelKey));
        label.addClassName("proposal-label");
        chosen.setTestId(testId + "-chosen");
        var field = getContent();
        field.addClassName("proposal-photo-field");
        field.add(label, upload, chosen);
    }

    @Nullable ProposalPicture value() {
        return picture;
    }
}
