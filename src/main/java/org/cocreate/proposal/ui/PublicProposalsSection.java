package org.cocreate.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongFunction;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.PublicPageContribution;
import org.cocreate.proposal.EvaluationTally;
import org.cocreate.proposal.ProposalPicture;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.PublicProposal;

/**
 * 居民提议 on the community's public page: each proposal whose answer is published, with where it stands
 * (adopted, being carried out, done), the answer, the place and category, how many support it and the
 * proposer's name masked (陈*). Nothing of a proposal shows before its answer is published.
 */
class PublicProposalsSection extends Composite<Section> {

    /** The section as the public page's contribution: after the points' notices and leaderboard. */
    @org.springframework.stereotype.Component
    static class OnThePublicPage implements PublicPageContribution {

        private final ProposalService proposals;

        OnThePublicPage(ProposalService proposals) {
            this.proposals = proposals;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Component section(long communityId) {
            return new PublicProposalsSection(proposals.publicProposals(communityId), proposals::publicPhoto);
        }
    }

    final Div rows = new Div();
    private final LongFunction<ProposalPicture> photos;

    PublicProposalsSection(List<PublicProposal> published, LongFunction<ProposalPicture> photos) {
        this.photos = photos;
        var section = getContent();
        section.addClassNames("public-section", "public-proposals");
        section.setId("public-proposals");
        var title = new H2(getTranslation("publicProposals.title"));
        title.addClassName("public-section-title");
        var explanation = new Paragraph(getTranslation("publicProposals.explanation"));
        explanation.addClassName("public-notices-explanation");
        rows.addClassName("public-proposals-rows");
        section.add(title, explanation, rows);
        published.forEach(p -> rows.add(row(p)));
        if (published.isEmpty()) {
            var empty = new Paragraph(getTranslation("publicProposals.empty"));
            empty.addClassName("review-empty");
            section.add(empty);
        }
    }

    private Div row(PublicProposal proposal) {
        var name = new Span(proposal.title());
        name.addClassName("public-proposal-title");
        var head = new Div(name, ProposalTexts.badge(this, proposal.status()));
        head.addClassName("public-proposal-head");
        String where = proposal.compoundName().isEmpty() ? getTranslation("proposals.wholeCommunity")
                : proposal.compoundName();
        String who = proposal.maskedProposer().isEmpty() ? getTranslation("proposals.anonymous")
                : proposal.maskedProposer();
        var facts = new Span(where + " · " + ProposalTexts.category(this, proposal.category()) + " · "
                + getTranslation("proposal.proposedBy", who) + " · "
                + getTranslation("proposals.supporters", proposal.supporters()) + " · "
                + Formats.current().date(proposal.updatedAt().toLocalDate()));
        facts.addClassName("public-proposal-facts");
        var answer = new Paragraph(getTranslation("publicProposals.answer", proposal.answer()));
        answer.addClassName("public-proposal-answer");
        var row = new Div(head, facts, answer);
        if (proposal.latestProgress() != null) {
            var progress = new Paragraph(getTranslation("publicProposals.progress", proposal.latestProgress()));
            progress.addClassName("public-proposal-answer");
            row.add(progress);
        }
        if (!proposal.progressPhotoIds().isEmpty()) {
            var pictures = new Div();
            pictures.addClassNames("proposal-photos", "public-proposal-photos");
            proposal.progressPhotoIds().forEach(id -> pictures.add(ProposalTexts.photo(this, id, proposal.title(), photos)));
            row.add(pictures);
        }
        EvaluationTally evaluation = proposal.evaluation();
        if (evaluation != null) {
            var verdicts = new Paragraph(getTranslation(proposal.status() == ProposalStatus.EVALUATED
                    ? "publicProposals.evaluated" : "publicProposals.evaluating", evaluation.total(),
                    getTranslation("proposal.evaluation.counts", evaluation.satisfied(), evaluation.partly(),
                            evaluation.notSatisfied())));
            verdicts.addClassName("public-proposal-evaluation");
            row.add(verdicts);
        }
        row.addClassName("public-proposal");
        row.setId("public-proposal-" + proposal.id());
        return row;
    }
}
