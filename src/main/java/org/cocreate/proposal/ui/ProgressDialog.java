package org.cocreate.proposal.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.proposal.ProposalExecutionService;

/** 报告进展: what was done on the work, with a photo taken on the spot if there is one. */
class ProgressDialog extends FormDialog {

    final TextArea text = new TextArea();
    final PhotoField photo = new PhotoField("proposal.progress.photo", "progress-photo");

    ProgressDialog(String proposalTitle, ProposalExecutionService execution, long proposalId, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("proposal.progress.title", proposalTitle));
        text.setLabel(getTranslation("proposal.progress.text"));
        text.setMaxLength(ProposalExecutionService.UPDATE_MAX);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("6rem");
        text.setWidthFull();
        text.setTestId("progress-text");
        add(text, photo);
        refusalsAt(Map.of("text", text, "photo", text));
        primary(getTranslation("proposal.progress.report"), () -> {
            execution.reportProgress(proposalId, text.getValue(), photo.value());
            Notifications.success("proposal.progress.saved");
            done.run();
            return true;
        }).setTestId("progress-save");
    }
}
