package org.cocreate.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.Money;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CommunityTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceTest
class ProposalExecutionServiceTest {

    @Autowired
    ProposalTestData data;
    @Autowired
    ProposalExecutionService execution;
    @Autowired
    JdbcClient jdbc;
    /** The community's clock (Asia/Shanghai): "today" for the service, whatever the machine's zone. */
    @Autowired
    java.time.Clock clock;

    private <T> T asWorker(java.util.function.Supplier<T> action) {
        return data.runAs.get(DemoUsers.WENFENG_WORKER, action);
    }

    private void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }

    private long organisation(String community) {
        return jdbc.sql("select min(id) from organisation where community_id = ?")
                .param(data.communities.community(community)).query(Long.class).single();
    }

    private ProposalEntry adopted() {
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                data.uniqueTitle("建设文化小广场"), null);
        return data.move(entry.id(), ProposalStatus.ADOPTED, "同意，由业委会实施");
    }

    @Test
    void anAdoptedProposalGetsItsOwnerAndABudgetWhoseSourcesAddUpToTheFen() {
        ProposalEntry entry = adopted();
        long owner = organisation(CommunityTestData.WENFENG);
        var draft = new ExecutionDraft(owner, Money.parse("50,000").orElseThrow(), List.of(
                new Funding(FundingSource.COMMUNITY, null, Money.parse("30000.5").orElseThrow()),
                new Funding(FundingSource.STATIONED_UNIT, "市自来水公司", Money.parse("19999.50").orElseThrow())));

        Execution set = asWorker(() -> execution.setExecution(entry.id(), draft));

        assertThat(set.ownerId()).isEqualTo(owner);
        assertThat(set.ownerName()).isNotBlank();
        assertThat(set.budget()).isEqualTo(Money.ofYuan(50_000));
        assertThat(set.fundings()).extracting(Funding::source)
                .containsExactly(FundingSource.COMMUNITY, FundingSource.STATIONED_UNIT);
        assertThat(jdbc.sql("select budget_fen from proposal where id = ?").param(entry.id()).query(Long.class)
                .single()).isEqualTo(5_000_000L);

        // Set again: the sources are replaced, not added to.
        asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(owner, Money.ofYuan(60_000),
                List.of(new Funding(FundingSource.SUBDISTRICT, null, Money.ofYuan(60_000))))));
        assertThat(asWorker(() -> execution.execution(entry.id())).fundings()).singleElement()
                .extracting(Funding::source).isEqualTo(FundingSource.SUBDISTRICT);
    }

    @Test
    void aBudgetThatDoesNotAddUpAnOwnerOfAnotherCommunityOrAProposalNotAdoptedIsRefusedAndChangesNothing() {
        ProposalEntry entry = adopted();
        long owner = organisation(CommunityTestData.WENFENG);
        long elsewhere = organisation(CommunityTestData.DAIMOGE);
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(owner, Money.ofYuan(100),
                List.of(new Funding(FundingSource.COMMUNITY, null, Money.ofYuan(60)))))), "fundings",
                "proposal.funding.sum");
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(owner, Money.ofYuan(100),
                List.of(new Funding(null, null, Money.ofYuan(100)))))), "fundings", "proposal.funding.source");
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(owner, Money.ofYuan(100),
                List.of(new Funding(FundingSource.RESIDENTS, null, Money.ZERO))))), "fundings",
                "proposal.funding.amount");
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(owner, null, List.of()))),
                "budget", "proposal.budget.invalid");
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(elsewhere,
                Money.ofYuan(100), List.of()))), "ownerId", "proposal.owner.notHere");
        refused(() -> asWorker(() -> execution.setExecution(entry.id(), new ExecutionDraft(null, Money.ofYuan(100),
                List.of()))), "ownerId", "proposal.owner.required");
        ProposalEntry submitted = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.OTHER,
                data.uniqueTitle("未采纳的提议"), null);
        refused(() -> asWorker(() -> execution.setExecution(submitted.id(), new ExecutionDraft(owner,
                Money.ofYuan(100), List.of()))), "ownerId", "proposal.execution.notAdopted");

        Execution unchanged = asWorker(() -> execution.execution(entry.id()));
        assertThat(unchanged.ownerId()).isNull();
        assertThat(unchanged.budget()).isNull();
        assertThat(unchanged.fundings()).isEmpty();
    }

    @Test
    void residentsJudgeTheResultOnceEachAfterItIsDoneAndTheTallyClosesIt() {
        ProposalEntry entry = adopted();
        List<Long> residents = data.residents(CommunityTestData.WENFENG, 12).subList(9, 12);
        refused(() -> asWorker(() -> execution.evaluate(entry.id(), residents.get(0), Verdict.SATISFIED, null)),
                "verdict", "proposal.evaluation.notDone");
        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        data.move(entry.id(), ProposalStatus.DONE, "广场已建成");
        assertThat(asWorker(() -> execution.execution(entry.id())).completedOn()).isEqualTo(LocalDate.now(clock));
        refused(() -> asWorker(() -> execution.closeEvaluation(entry.id())), "verdict", "proposal.evaluation.none");

        asWorker(() -> execution.evaluate(entry.id(), residents.get(0), Verdict.SATISFIED, "很好"));
        asWorker(() -> execution.evaluate(entry.id(), residents.get(1), Verdict.PARTLY, null));
        asWorker(() -> execution.evaluate(entry.id(), null, Verdict.NOT_SATISFIED, "晚上太吵"));
        refused(() -> asWorker(() -> execution.evaluate(entry.id(), residents.get(0), Verdict.NOT_SATISFIED, null)),
                "residentId", "proposal.evaluation.already");
        refused(() -> asWorker(() -> execution.evaluate(entry.id(), residents.get(2), null, null)), "verdict",
                "proposal.evaluation.verdict");

        EvaluationTally tally = asWorker(() -> execution.closeEvaluation(entry.id()));
        assertThat(tally).isEqualTo(new EvaluationTally(1, 1, 1));
        assertThat(asWorker(() -> data.proposals.get(entry.id())).status()).isEqualTo(ProposalStatus.EVALUATED);
        refused(() -> asWorker(() -> execution.evaluate(entry.id(), residents.get(2), Verdict.SATISFIED, null)),
                "verdict", "proposal.evaluation.notDone");
    }

    @Test
    void progressIsReportedWhileTheWorkGoesOnWithItsPhotoAndTheLatestShowsPublicly() {
        ProposalEntry entry = adopted();
        refused(() -> asWorker(() -> execution.reportProgress(entry.id(), "已开工", null)), "text",
                "proposal.progress.notInProgress");
        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        asWorker(() -> data.proposals.publishAnswer(entry.id()));
        refused(() -> asWorker(() -> execution.reportProgress(entry.id(), "  ", null)), "text",
                "proposal.progress.invalid");

        asWorker(() -> execution.reportProgress(entry.id(), "场地已平整", null));
        ProgressUpdate second = asWorker(() -> execution.reportProgress(entry.id(), "铺设地砖完成一半",
                new ProposalPicture("image/png", org.cocreate.base.TestPictures.png(800, 600))));

        assertThat(second.photoIds()).hasSize(1);
        assertThat(asWorker(() -> execution.progressOf(entry.id()))).extracting(ProgressUpdate::text)
                .containsExactly("铺设地砖完成一半", "场地已平整");
        assertThat(asWorker(() -> data.proposals.photoIds(entry.id()))).as("the proposal's own photos")
                .doesNotContainAnyElementsOf(second.photoIds());
        long wenfeng = data.communities.wenfeng();
        PublicProposal shown = org.cocreate.security.RunAs.nobody(() -> data.proposals.publicProposals(wenfeng))
                .stream().filter(p -> p.id() == entry.id()).findFirst().orElseThrow();
        assertThat(shown.latestProgress()).isEqualTo("铺设地砖完成一半");
        assertThat(shown.progressPhotoIds()).isEqualTo(second.photoIds());
        assertThat(shown.evaluation()).as("not done yet").isNull();
        long progressPhoto = second.photoIds().getFirst();
        assertThat(org.cocreate.security.RunAs.nobody(() -> data.proposals.publicPhoto(progressPhoto)).contentType())
                .isEqualTo("image/jpeg");
        // A photo taken at intake stays with the staff, even of a public proposal.
        long intakePhoto = asWorker(() -> data.proposals.addPhoto(entry.id(),
                new ProposalPicture("image/png", org.cocreate.base.TestPictures.png(400, 300))));
        assertThatThrownBy(() -> org.cocreate.security.RunAs.nobody(() -> data.proposals.publicPhoto(intakePhoto)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePublicPageCountsTheVerdictsOnceTheWorkIsDoneAndNeverNamesThem() {
        ProposalEntry entry = adopted();
        List<Long> residents = data.residents(CommunityTestData.WENFENG, 16).subList(13, 16);
        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        ProgressUpdate report = asWorker(() -> execution.reportProgress(entry.id(), "开工",
                new ProposalPicture("image/png", org.cocreate.base.TestPictures.png(640, 480))));
        data.move(entry.id(), ProposalStatus.DONE, "广场已建成");
        long wenfeng = data.communities.wenfeng();
        assertThat(org.cocreate.security.RunAs.nobody(() -> data.proposals.publicProposals(wenfeng)))
                .as("its answer is not published").noneMatch(p -> p.id() == entry.id());
        assertThatThrownBy(() -> org.cocreate.security.RunAs.nobody(
                () -> data.proposals.publicPhoto(report.photoIds().getFirst()))).isInstanceOf(NotFoundException.class);
        asWorker(() -> data.proposals.publishAnswer(entry.id()));
        assertThat(publicOf(wenfeng, entry.id()).evaluation()).as("no verdicts yet").isNull();

        asWorker(() -> execution.evaluate(entry.id(), residents.get(0), Verdict.SATISFIED, "很好"));
        asWorker(() -> execution.evaluate(entry.id(), residents.get(1), Verdict.SATISFIED, null));
        asWorker(() -> execution.evaluate(entry.id(), residents.get(2), Verdict.PARTLY, "灯太暗"));
        assertThat(publicOf(wenfeng, entry.id()).evaluation()).isEqualTo(new EvaluationTally(2, 1, 0));
        asWorker(() -> execution.closeEvaluation(entry.id()));

        PublicProposal shown = publicOf(wenfeng, entry.id());
        assertThat(shown.status()).isEqualTo(ProposalStatus.EVALUATED);
        assertThat(shown.evaluation()).isEqualTo(new EvaluationTally(2, 1, 0));
        assertThat(shown.latestProgress()).isEqualTo("开工");
        assertThat(shown.toString()).doesNotContain("灯太暗").doesNotContain("很好");
    }

    private PublicProposal publicOf(long communityId, long proposalId) {
        return org.cocreate.security.RunAs.nobody(() -> data.proposals.publicProposals(communityId)).stream()
                .filter(p -> p.id() == proposalId).findFirst().orElseThrow();
    }
}

