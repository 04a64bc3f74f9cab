package org.cocreate.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.PublicPageContribution;
import org.cocreate.meeting.ItemResult;
import org.cocreate.meeting.MinutesService;
import org.cocreate.meeting.PublicDecision;

/**
 * 议事决定 on the community's public page: what the published meetings decided, by how many votes for, against
 * and abstaining, with the decision in words; never a member's own vote, a phone number or a ballot link.
 */
class PublicDecisionsSection extends Composite<Section> {

    /** After the proposals' answers. */
    @org.springframework.stereotype.Component
    static class OnThePublicPage implements PublicPageContribution {

        private final MinutesService minutes;

        OnThePublicPage(MinutesService minutes) {
            this.minutes = minutes;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public Component section(long communityId) {
            return new PublicDecisionsSection(minutes.publicDecisions(communityId));
        }
    }

    final Div rows = new Div();

    PublicDecisionsSection(List<PublicDecision> decisions) {
        var section = getContent();
        section.addClassNames("public-section", "public-proposals");
        section.setId("public-decisions");
        var title = new H2(getTranslation("publicDecisions.title"));
        title.addClassName("public-section-title");
        var explanation = new Paragraph(getTranslation("publicDecisions.explanation"));
        explanation.addClassName("public-notices-explanation");
        rows.addClassName("public-proposals-rows");
        section.add(title, explanation, rows);
        for (PublicDecision decision : decisions) {
            var name = new Span(decision.itemTitle());
            name.addClassName("public-proposal-title");
            var head = new Div(name, new Badge(getTranslation("meeting.item.result." + decision.result().name()),
                    decision.result() == ItemResult.ADOPTED ? Badge.Tone.SUCCESS : Badge.Tone.MUTED));
            head.addClassName("public-proposal-head");
            var facts = new Span(decision.meetingTitle() + " · " + Formats.current().date(decision.date()) + " · "
                    + getTranslation("publicDecisions.counts", decision.votesFor(), decision.against(),
                            decision.abstain()));
            facts.addClassName("public-proposal-facts");
            var row = new Div(head, facts);
            if (decision.decision() != null) {
                var words = new Paragraph(decision.decision());
                words.addClassName("public-proposal-answer");
                row.add(words);
            }
            List<String> who = new java.util.ArrayList<>();
            if (decision.owner() != null) {
                who.add(getTranslation("publicDecisions.owner", decision.owner()));
            }
            if (decision.deadline() != null) {
                who.add(getTranslation("publicDecisions.deadline", Formats.current().date(decision.deadline())));
            }
            if (!who.isEmpty()) {
                var carried = new Span(String.join(" · ", who));
                carried.addClassName("public-proposal-facts");
                carried.setTestId("public-decision-owner");
                row.add(carried);
            }
            row.addClassName("public-proposal");
            rows.add(row);
        }
        if (decisions.isEmpty()) {
            var empty = new Paragraph(getTranslation("publicDecisions.empty"));
            empty.addClassName("review-empty");
            section.add(empty);
        }
    }
}
