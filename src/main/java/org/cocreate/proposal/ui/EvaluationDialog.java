package org.cocreate.proposal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * 效果共评: a resident's verdict on what was done (satisfied, partly, not), with a comment; the resident found as
 * at the counter, or left out for a verdict said at a meeting. Each resident once.
 */
class EvaluationDialog extends FormDialog {

    final ResidentPicker resident;
    final Span chosen = new Span();
    final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    private @Nullable ResidentListEntry who;

    EvaluationDialog(String proposalTitle, ResidentService residents, long communityId,
            ProposalExecutionService execution, long proposalId, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("proposal.evaluation.title", proposalTitle));
        resident = new ResidentPicker(residents, communityId, picked -> {
            who = picked;
            chosen.setText(getTranslation("proposal.evaluation.by", picked.name()));
        });
        chosen.setText(getTranslation("proposal.evaluation.unnamed"));
        chosen.setTestId("evaluation-resident");
        verdict.setLabel(getTranslation("proposal.evaluation.verdictLabel"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("proposal.verdict." + v.name()));
        verdict.setRequiredIndicatorVisible(true);
        verdict.setTestId("evaluation-verdict");
        comment.setLabel(getTranslation("proposal.evaluation.comment"));
        comment.setMaxLength(ProposalExecutionService.COMMENT_MAX);
        comment.setTestId("evaluation-comment");
        add(resident, chosen, verdict, comment);
        refusalsAt(Map.of("residentId", resident.field(), "verdict", verdict, "comment", comment));
        primary(getTranslation("proposal.evaluation.save"), () -> {
            ResidentListEntry by = who;
            execution.evaluate(proposalId, by == null ? null : by.id(), verdict.getValue(), comment.getValue());
            Notifications.success("proposal.evaluation.saved");
            done.run();
            return true;
        }).setTestId("evaluation-save");
    }
}
