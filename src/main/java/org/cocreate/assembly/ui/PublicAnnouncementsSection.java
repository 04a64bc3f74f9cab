package org.cocreate.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cocreate.assembly.Announcement;
import org.cocreate.assembly.AssemblyService;
import org.cocreate.assembly.ItemResult;
import org.cocreate.assembly.Outcome;
import org.cocreate.assembly.Tally;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.PublicPageContribution;

/**
 * 业主大会公告 on the community's public page: each closed assembly's items with participation and the count by
 * area and by heads (for, against, abstaining, not voting) and the decision; never a unit's own vote.
 */
class PublicAnnouncementsSection extends Composite<Section> {

    /** After the meetings' decisions. */
    @org.springframework.stereotype.Component
    static class OnThePublicPage implements PublicPageContribution {

        private final AssemblyService assemblies;

        OnThePublicPage(AssemblyService assemblies) {
            this.assemblies = assemblies;
        }

        @Override
        public int order() {
            return 45;
        }

        @Override
        public Component section(long communityId) {
            return new PublicAnnouncementsSection(assemblies.announcements(communityId));
        }
    }

    final Div rows = new Div();

    PublicAnnouncementsSection(List<Announcement> announcements) {
        var section = getContent();
        section.addClassNames("public-section", "public-proposals");
        section.setId("public-assemblies");
        var title = new H2(getTranslation("publicAssemblies.title"));
        title.addClassName("public-section-title");
        var explanation = new Paragraph(getTranslation("publicAssemblies.explanation"));
        explanation.addClassName("public-notices-explanation");
        rows.addClassName("public-proposals-rows");
        rows.setTestId("public-assemblies");
        section.add(title, explanation, rows);
        for (Announcement announcement : announcements) {
            for (ItemResult result : announcement.results()) {
                rows.add(row(announcement, result));
            }
        }
        // Most compounds hold an assembly once in years: no section at all until one has closed.
        section.setVisible(!announcements.isEmpty());
    }

    private Div row(Announcement announcement, ItemResult result) {
        Outcome outcome = result.outcome();
        Tally tally = outcome.tally();
        boolean adopted = Boolean.TRUE.equals(result.item().adopted());
        var name = new Span(result.item().title());
        name.addClassName("public-proposal-title");
        var head = new Div(name, new Badge(getTranslation(!outcome.participationMet() ? "assembly.result.noQuorum"
                : adopted ? "assembly.result.adopted" : "assembly.result.rejected",
                AssemblyTexts.threshold(this, outcome.participation())),
                adopted ? Badge.Tone.SUCCESS : Badge.Tone.MUTED));
        head.addClassName("public-proposal-head");
        var facts = new Span(announcement.assembly().compoundName() + " · " + announcement.assembly().title() + " · "
                + Formats.current().date(announcement.closedAt().toLocalDate()) + " · "
                + getTranslation(result.item().matter().translationKey()));
        facts.addClassName("public-proposal-facts");
        var took = new Span(getTranslation("publicAssemblies.participation",
                AssemblyTexts.area(this, tally.participatingArea(), tally.totalArea()),
                AssemblyTexts.heads(this, tally.participatingHeads(), tally.totalHeads())));
        took.addClassName("public-proposal-facts");
        var row = new Div(head, facts, took);
        if (result.election() == null) {
            var counts = new Span(getTranslation("publicAssemblies.counts",
                    AssemblyTexts.squareMetres(tally.forArea()), tally.forHeads(),
                    AssemblyTexts.squareMetres(tally.againstArea()), tally.againstHeads(),
                    AssemblyTexts.squareMetres(tally.abstainArea()), tally.abstainHeads(),
                    AssemblyTexts.squareMetres(tally.notVotingArea()), tally.notVotingHeads()));
            counts.addClassName("public-proposal-facts");
            row.add(counts);
        } else {
            result.elected().forEach(candidate -> row.add(new Badge(getTranslation("publicAssemblies.elected",
                    candidate.candidateKey()), Badge.Tone.SUCCESS)));
        }
        String note = announcement.assembly().closeNote();
        if (note != null && result.item().position() == 0) {
            var decision = new Paragraph(getTranslation("assembly.closeNote", note));
            decision.addClassName("public-proposal-facts");
            row.add(decision);
        }
        row.addClassName("public-proposal");
        return row;
    }
}
