package org.cocreate.proposal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.Map;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.ProposalPicture;
import org.jspecify.annotations.Nullable;

/** 报告进展: what was done on the work, with a photo taken on the spot if there is one. */
class ProgressDialog extends FormDialog {

    final TextArea text = new TextArea();
    final Upload photo;
    final Span photoChosen = new Span();
    private @Nullable ProposalPicture picture;

    ProgressDialog(String proposalTitle, ProposalExecutionService execution, long proposalId, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("proposal.progress.title", proposalTitle));
        text.setLabel(getTranslation("proposal.progress.text"));
        text.setMaxLength(ProposalExecutionService.UPDATE_MAX);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("6rem");
        text.setWidthFull();
        text.setTestId("progress-text");
        photo = LimitedUploadHandler.inMemory(ProposalPicture.MAX_BYTES, (metadata, data) -> {
            picture = new ProposalPicture(metadata.contentType(), data);
            photoChosen.setText(getTranslation("proposal.form.photoChosen", metadata.fileName()));
        }).whenRefused(() -> Notifications.error("proposal.photo.size", ProposalPicture.MAX_BYTES / 1024 / 1024))
                .upload();
        photo.setAcceptedFileTypes(ProposalPicture.TYPES.toArray(String[]::new));
        photo.setTestId("progress-photo");
        photo.addFileRemovedListener(e -> {
            picture = null;
            photoChosen.setText("");
        });
        var photoLabel = new Span(getTranslation("proposal.progress.photo"));
        photoLabel.addClassName("proposal-label");
        add(text, photoLabel, photo, photoChosen);
        refusalsAt(Map.of("text", text, "photo", text));
        primary(getTranslation("proposal.progress.report"), () -> {
            execution.reportProgress(proposalId, text.getValue(), picture);
            Notifications.success("proposal.progress.saved");
            done.run();
            return true;
        }).setTestId("progress-save");
    }
}
