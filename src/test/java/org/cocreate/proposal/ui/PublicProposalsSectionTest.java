package org.cocreate.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.TestPictures;
import org.cocreate.community.CommunityTestData;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.ProposalPicture;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.ProposalTestData;
import org.cocreate.proposal.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 居民提议 on the community's public page, opened by nobody signed in: the published answers, the work's latest
 * report with its photos, the residents' verdicts counted; masked names, and nothing of what is not public.
 */
@ViewTest
class PublicProposalsSectionTest extends SpringBrowserlessTest {

    @Autowired
    ProposalTestData data;
    @Autowired
    ProposalExecutionService execution;

    @Test
    void aProposalCarriedOutShowsItsLatestReportItsPhotoAndTheVerdictsCounted() {
        List<Long> residents = data.residents(CommunityTestData.WENFENG, 20).subList(16, 20);
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                data.uniqueTitle("建设健身步道"), residents.get(0));
        ProposalEntry hidden = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                data.uniqueTitle("还在讨论的提议"), residents.get(0));
        data.move(entry.id(), ProposalStatus.ADOPTED, "同意，由业委会实施");
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            data.proposals.addPhoto(entry.id(), new ProposalPicture("image/png", TestPictures.png(400, 300)));
            data.proposals.publishAnswer(entry.id());
        });
        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> execution.reportProgress(entry.id(), "步道已铺好",
                new ProposalPicture("image/png", TestPictures.png(800, 600))));
        data.move(entry.id(), ProposalStatus.DONE, "已完工");
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            // The answer of the last move is public once published too.
            data.proposals.publishAnswer(entry.id());
            execution.evaluate(entry.id(), residents.get(1), Verdict.SATISFIED, "很方便");
            execution.evaluate(entry.id(), residents.get(2), Verdict.PARTLY, null);
        });

        navigate("public/points/" + data.communities.wenfeng(), Component.class);

        var section = $(PublicProposalsSection.class).single();
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains(entry.title()).doesNotContain(hidden.title());
        var row = $(com.vaadin.flow.component.html.Div.class).id("public-proposal-" + entry.id());
        String shown = row.getElement().getTextRecursively();
        assertThat(shown).contains("答复：已完工", "最新进展：步道已铺好", "居民评议中（2 人）：满意 1 · 基本满意 1 · 不满意 0")
                .doesNotContain("很方便");
        assertThat(row.getChildren().flatMap(Component::getChildren).filter(Image.class::isInstance).count())
                .as("the report's photo, not the one taken at intake").isEqualTo(1);
    }
}
