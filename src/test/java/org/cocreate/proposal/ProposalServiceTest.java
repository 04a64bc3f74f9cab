package org.cocreate.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.Names;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.TestPictures;
import org.cocreate.community.CommunityTestData;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ProposalServiceTest {

    @Autowired
    ProposalTestData data;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private <T> T asWorker(java.util.function.Supplier<T> action) {
        return data.runAs.get(DemoUsers.WENFENG_WORKER, action);
    }

    private void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class)
                .satisfies(e -> {
                    assertThat(((RefusedException) e).field()).isEqualTo(field);
                    assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
                });
    }

    @Test
    void aProposalTakenDownIsSubmittedWithItsProposerCompoundHistoryAndAudit() {
        long compound = data.compound(CommunityTestData.WENFENG, 0);
        long resident = data.residents(CommunityTestData.WENFENG, 1).getFirst();
        long audits = jdbc.sql("select count(*) from audit_event where action = 'PROPOSAL_SUBMITTED'")
                .query(Long.class).single();

        ProposalEntry entry = data.submit(compound, ProposalCategory.LIGHTING, data.uniqueTitle("楼道灯不亮"), resident);

        assertThat(entry.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(entry.proposerId()).isEqualTo(resident);
        assertThat(entry.proposerName()).isNotBlank();
        assertThat(entry.compoundName()).isNotBlank();
        assertThat(entry.answer()).isNull();
        assertThat(entry.supporters()).isZero();
        List<HistoryLine> history = asWorker(() -> proposals.historyOf(entry.id()));
        assertThat(history).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ProposalEventKind.SUBMITTED);
            assertThat(line.actor()).isEqualTo(DemoUsers.WENFENG_WORKER);
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROPOSAL_SUBMITTED'")
                .query(Long.class).single()).isEqualTo(audits + 1);

        // Anonymous: no proposer.
        ProposalEntry anonymous = data.submit(compound, ProposalCategory.SAFETY, data.uniqueTitle("单元门锁坏了"), null);
        assertThat(anonymous.proposerId()).isNull();
        assertThat(anonymous.proposerName()).isNull();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndSavesNothing() {
        long wenfeng = data.communities.wenfeng();
        long compound = data.compound(CommunityTestData.WENFENG, 0);
        long otherCompound = data.compound(CommunityTestData.DAIMOGE, 0);
        long otherResident = data.residents(CommunityTestData.DAIMOGE, 1).getFirst();
        long before = rows("proposal");
        record Case(ProposalDraft draft, String field, String key) {
        }
        List<Case> cases = List.of(
                new Case(new ProposalDraft(compound, ProposalCategory.ROADS, ProposalChannel.VISIT, "  ", "内容", null),
                        "title", "proposal.title.invalid"),
                new Case(new ProposalDraft(compound, ProposalCategory.ROADS, ProposalChannel.VISIT, "标".repeat(101),
                        "内容", null), "title", "proposal.title.invalid"),
                new Case(new ProposalDraft(compound, ProposalCategory.ROADS, ProposalChannel.VISIT, "标题",
                        "字".repeat(2001), null), "body", "proposal.body.invalid"),
                new Case(new ProposalDraft(compound, null, ProposalChannel.VISIT, "标题", "内容", null),
                        "category", "proposal.category.required"),
                new Case(new ProposalDraft(compound, ProposalCategory.ROADS, null, "标题", "内容", null),
                        "channel", "proposal.channel.required"),
                new Case(new ProposalDraft(otherCompound, ProposalCategory.ROADS, ProposalChannel.VISIT, "标题", "内容",
                        null), "compoundId", "proposal.compound.notHere"),
                new Case(new ProposalDraft(compound, ProposalCategory.ROADS, ProposalChannel.VISIT, "标题", "内容",
                        otherResident), "proposerId", "proposal.resident.notHere"));
        for (Case bad : cases) {
            refused(() -> asWorker(() -> proposals.submit(wenfeng, bad.draft())), bad.field(), bad.key());
        }
        assertThat(rows("proposal")).isEqualTo(before);
    }

    /** Takes a new proposal to a state by the allowed moves. */
    private ProposalEntry proposalIn(ProposalStatus state) {
        long compound = data.compound(CommunityTestData.WENFENG, 1);
        ProposalEntry entry = data.submit(compound, ProposalCategory.ROADS, data.uniqueTitle("路面坑洼"), null);
        List<ProposalStatus> path = switch (state) {
            case SUBMITTED -> List.of();
            case UNDER_DISCUSSION -> List.of(ProposalStatus.UNDER_DISCUSSION);
            case ADOPTED, REJECTED, WITHDRAWN -> List.of(ProposalStatus.UNDER_DISCUSSION, state);
            case IN_PROGRESS -> List.of(ProposalStatus.ADOPTED, ProposalStatus.IN_PROGRESS);
            case DONE -> List.of(ProposalStatus.ADOPTED, ProposalStatus.IN_PROGRESS, ProposalStatus.DONE);
            case MERGED, EVALUATED -> throw new IllegalArgumentException("not by a move: " + state);
        };
        for (ProposalStatus next : path) {
            entry = data.move(entry.id(), next, next.needsAnswer() ? "经居民议事会讨论，" + next : null);
        }
        assertThat(entry.status()).isEqualTo(state);
        return entry;
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = ProposalStatus.class, names = {"MERGED", "EVALUATED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyMoveTheStateDoesNotAllowIsRefusedAndChangesNothing(ProposalStatus from) {
        ProposalEntry entry = proposalIn(from);
        int lines = asWorker(() -> proposals.historyOf(entry.id())).size();
        for (ProposalStatus to : EnumSet.complementOf(EnumSet.copyOf(from.next()))) {
            refused(() -> data.move(entry.id(), to, "答复"), "status", "proposal.status.notAllowed");
        }
        assertThat(asWorker(() -> proposals.get(entry.id())).status()).isEqualTo(from);
        assertThat(asWorker(() -> proposals.historyOf(entry.id()))).hasSize(lines);
        // And every allowed move is taken (on a fresh proposal each, since a move changes the state).
        for (ProposalStatus to : from.next()) {
            ProposalEntry fresh = proposalIn(from);
            assertThat(data.move(fresh.id(), to, "答复").status()).isEqualTo(to);
        }
    }

    @Test
    void aDecisionNeedsItsAnswerWhichIsPublicOnlyOncePublished() {
        ProposalEntry entry = proposalIn(ProposalStatus.UNDER_DISCUSSION);
        refused(() -> data.move(entry.id(), ProposalStatus.ADOPTED, " "), "answer", "proposal.answer.invalid");
        refused(() -> data.move(entry.id(), ProposalStatus.REJECTED, null), "answer", "proposal.answer.invalid");
        refused(() -> asWorker(() -> proposals.publishAnswer(entry.id())), "answer", "proposal.answer.none");

        ProposalEntry adopted = data.move(entry.id(), ProposalStatus.ADOPTED, "同意，由业委会牵头实施");
        assertThat(adopted.answer()).isEqualTo("同意，由业委会牵头实施");
        assertThat(adopted.answerPublished()).isFalse();
        assertThat(asWorker(() -> proposals.publishAnswer(entry.id())).answerPublished()).isTrue();
        refused(() -> asWorker(() -> proposals.publishAnswer(entry.id())), "answer", "proposal.answer.published");

        // A later decision's answer is new, and private again until published.
        ProposalEntry withdrawn = data.move(entry.id(), ProposalStatus.WITHDRAWN, "业主大会未通过，撤回");
        assertThat(withdrawn.answerPublished()).isFalse();
        ProposalEntry published = asWorker(() -> proposals.changeStatus(proposalIn(ProposalStatus.SUBMITTED).id(),
                ProposalStatus.REJECTED, "不属于社区职责范围", true));
        assertThat(published.answerPublished()).isTrue();
        assertThat(asWorker(() -> proposals.historyOf(published.id()))).extracting(HistoryLine::kind)
                .containsExactly(ProposalEventKind.SUBMITTED, ProposalEventKind.STATUS_CHANGED,
                        ProposalEventKind.ANSWER_PUBLISHED);
    }

    @Test
    void eachResidentSupportsAProposalOnceAndOnlyWhileItIsDiscussed() {
        List<Long> residents = data.residents(CommunityTestData.WENFENG, 3);
        long other = data.residents(CommunityTestData.DAIMOGE, 1).getFirst();
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.PARKING,
                data.uniqueTitle("增设非机动车停车棚"), residents.get(0));

        assertThat(asWorker(() -> proposals.addSupporter(entry.id(), residents.get(1))).supporters()).isEqualTo(1);
        long supporters = rows("proposal_supporter");
        refused(() -> asWorker(() -> proposals.addSupporter(entry.id(), residents.get(1))), "supporter",
                "proposal.supporter.already");
        refused(() -> asWorker(() -> proposals.addSupporter(entry.id(), residents.get(0))), "supporter",
                "proposal.supporter.proposer");
        refused(() -> asWorker(() -> proposals.addSupporter(entry.id(), other)), "supporter",
                "proposal.resident.notHere");
        data.move(entry.id(), ProposalStatus.REJECTED, "场地不足");
        refused(() -> asWorker(() -> proposals.addSupporter(entry.id(), residents.get(2))), "supporter",
                "proposal.supporter.closed");
        assertThat(rows("proposal_supporter")).isEqualTo(supporters);
        assertThat(asWorker(() -> proposals.supportersOf(entry.id()))).extracting(Supporter::residentId).containsExactly(residents.get(1));
    }

    @Test
    void aMergeMovesSupportersProposerAndPhotosAndAMergedProposalLeadsToTheOneThatCarriesItOn() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 5);
        long compound = data.compound(CommunityTestData.WENFENG, 2);
        ProposalEntry a = data.submit(compound, ProposalCategory.GREENING, data.uniqueTitle("补种绿化带"), r.get(0));
        ProposalEntry b = data.submit(compound, ProposalCategory.GREENING, data.uniqueTitle("绿化带黄土裸露"), r.get(3));
        asWorker(() -> proposals.addSupporter(a.id(), r.get(1)));
        asWorker(() -> proposals.addSupporter(a.id(), r.get(3)));
        asWorker(() -> proposals.addSupporter(b.id(), r.get(4)));
        long photo = asWorker(() -> proposals.addPhoto(a.id(), new ProposalPicture("image/png",
                TestPictures.png(400, 300))));

        ProposalEntry target = asWorker(() -> proposals.merge(a.id(), b.id()));

        // r3 proposed B already; r0 (A's proposer) and r1 join as supporters, r4 stays.
        assertThat(asWorker(() -> proposals.supportersOf(b.id()))).extracting(Supporter::residentId).containsExactlyInAnyOrder(r.get(4), r.get(1), r.get(0));
        assertThat(target.supporters()).isEqualTo(3);
        assertThat(asWorker(() -> proposals.supportersOf(a.id()))).isEmpty();
        assertThat(asWorker(() -> proposals.photoIds(b.id()))).containsExactly(photo);
        ProposalEntry merged = asWorker(() -> proposals.get(a.id()));
        assertThat(merged.status()).isEqualTo(ProposalStatus.MERGED);
        assertThat(merged.mergedIntoId()).isEqualTo(b.id());
        assertThat(asWorker(() -> proposals.historyOf(a.id()))).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ProposalEventKind.MERGED_INTO);
            assertThat(line.otherId()).isEqualTo(b.id());
        });
        assertThat(asWorker(() -> proposals.historyOf(b.id()))).last().extracting(HistoryLine::kind)
                .isEqualTo(ProposalEventKind.MERGED_FROM);

        // A merged proposal cannot be merged again; merging into it goes on to the one that carries it.
        refused(() -> asWorker(() -> proposals.merge(a.id(), b.id())), "into", "proposal.merged.already");
        ProposalEntry c = data.submit(compound, ProposalCategory.GREENING, data.uniqueTitle("绿化带杂草"), null);
        assertThat(asWorker(() -> proposals.merge(c.id(), a.id())).id()).isEqualTo(b.id());
        assertThat(asWorker(() -> proposals.get(c.id())).mergedIntoId()).isEqualTo(b.id());
        // B's only chain leads back to B: merging B into A is merging it into itself.
        refused(() -> asWorker(() -> proposals.merge(b.id(), a.id())), "into", "proposal.merge.itself");
        refused(() -> asWorker(() -> proposals.merge(b.id(), b.id())), "into", "proposal.merge.itself");
    }

    @Test
    void aMergeIsRefusedIntoAClosedProposalFromADecidedOneAndAcrossCommunities() {
        long compound = data.compound(CommunityTestData.WENFENG, 0);
        ProposalEntry open = data.submit(compound, ProposalCategory.DRAINAGE, data.uniqueTitle("雨后积水"), null);
        ProposalEntry rejected = proposalIn(ProposalStatus.REJECTED);
        ProposalEntry adopted = proposalIn(ProposalStatus.ADOPTED);
        long daimoge = data.communities.community(CommunityTestData.DAIMOGE);
        ProposalEntry elsewhere = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> proposals.submit(daimoge,
                new ProposalDraft(null, ProposalCategory.DRAINAGE, ProposalChannel.PHONE, "下水道堵塞", "内容", null)));
        long before = rows("proposal_event");

        refused(() -> asWorker(() -> proposals.merge(open.id(), rejected.id())), "into", "proposal.merge.targetClosed");
        refused(() -> asWorker(() -> proposals.merge(adopted.id(), open.id())), "into", "proposal.merge.sourceClosed");
        refused(() -> data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> proposals.merge(open.id(), elsewhere.id())),
                "into", "proposal.merge.otherCommunity");
        // The worker of 文峰塔 does not see 带谟阁's proposal at all.
        assertThatThrownBy(() -> asWorker(() -> proposals.merge(open.id(), elsewhere.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(rows("proposal_event")).isEqualTo(before);
        assertThat(asWorker(() -> proposals.get(open.id())).status()).isEqualTo(ProposalStatus.SUBMITTED);
        // Into an adopted one is allowed: the suggestion joins the plan being carried out.
        assertThat(asWorker(() -> proposals.merge(open.id(), adopted.id())).id()).isEqualTo(adopted.id());
    }

    @Test
    void theBoardFiltersAndTheLikelyDuplicatesAreOfTheSameCompoundCategoryAndTitle() {
        long compound = data.compound(CommunityTestData.WENFENG, 0);
        long otherCompound = data.compound(CommunityTestData.WENFENG, 1);
        String marker = data.uniqueTitle("甲");
        ProposalEntry lamp = data.submit(compound, ProposalCategory.LIGHTING, "小区路灯不亮 " + marker, null);
        data.submit(compound, ProposalCategory.LIGHTING, "篮球场需要翻新 " + marker, null);
        data.submit(otherCompound, ProposalCategory.LIGHTING, "路灯不亮 " + marker, null);
        data.submit(compound, ProposalCategory.SAFETY, "路灯不亮有安全隐患 " + marker, null);
        long wenfeng = data.communities.wenfeng();

        List<ProposalEntry> alike = asWorker(() -> proposals.likelyDuplicates(wenfeng, compound,
                ProposalCategory.LIGHTING, "晚上路灯不亮", null));
        assertThat(alike).extracting(ProposalEntry::id).contains(lamp.id());
        assertThat(alike).allSatisfy(p -> {
            assertThat(p.compoundId()).isEqualTo(compound);
            assertThat(p.category()).isEqualTo(ProposalCategory.LIGHTING);
        });
        assertThat(alike).extracting(ProposalEntry::title).noneMatch(t -> t.startsWith("篮球场"));

        var filter = new ProposalFilter(compound, ProposalCategory.LIGHTING, EnumSet.of(ProposalStatus.SUBMITTED), marker);
        assertThat(asWorker(() -> proposals.board(wenfeng, filter))).extracting(ProposalEntry::title)
                .containsExactlyInAnyOrder("小区路灯不亮 " + marker, "篮球场需要翻新 " + marker);
        var none = new ProposalFilter(null, null, Set.of(ProposalStatus.DONE), marker);
        assertThat(asWorker(() -> proposals.board(wenfeng, none))).isEmpty();
    }

    @Test
    void aPhotoIsResizedAndSomethingElseIsRefused() {
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.OTHER,
                data.uniqueTitle("垃圾桶破损"), null);
        long before = rows("proposal_photo");
        refused(() -> asWorker(() -> proposals.addPhoto(entry.id(), new ProposalPicture("image/png",
                "not a picture".getBytes()))), "photo", "proposal.photo.type");
        refused(() -> asWorker(() -> proposals.addPhoto(entry.id(), new ProposalPicture("image/png", new byte[0]))),
                "photo", "proposal.photo.size");
        assertThat(rows("proposal_photo")).isEqualTo(before);

        long id = asWorker(() -> proposals.addPhoto(entry.id(), new ProposalPicture("image/jpeg",
                TestPictures.jpeg(4000, 3000))));
        var stored = TestPictures.decode(asWorker(() -> proposals.photo(id)).content());
        assertThat(Math.max(stored.getWidth(), stored.getHeight())).isEqualTo(ProposalPicture.MAX_SIDE);
    }

    @Test
    void anotherCommunitysWorkerNeitherSeesNorChangesTheProposals() {
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.OTHER,
                data.uniqueTitle("健身器材损坏"), null);
        long wenfeng = data.communities.wenfeng();
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.DAIMO_WORKER, () -> proposals.get(entry.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.DAIMO_WORKER,
                () -> proposals.changeStatus(entry.id(), ProposalStatus.UNDER_DISCUSSION, null, false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.DAIMO_WORKER, () -> proposals.board(wenfeng,
                ProposalFilter.all()))).isInstanceOf(AccessDeniedException.class);
        assertThat(asWorker(() -> proposals.get(entry.id())).status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void thePublicPageShowsOnlyPublishedAnswersWithTheProposerMasked() {
        long resident = data.residents(CommunityTestData.WENFENG, 7).get(6);
        String name = jdbc.sql("select name from resident where id = ?").param(resident).query(String.class).single();
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 0), ProposalCategory.CULTURE,
                data.uniqueTitle("增设宣传栏"), resident);
        data.move(entry.id(), ProposalStatus.ADOPTED, "同意，下月安装");
        long wenfeng = data.communities.wenfeng();
        assertThat(RunAs.nobody(() -> proposals.publicProposals(wenfeng))).extracting(PublicProposal::id)
                .as("not before its answer is published").doesNotContain(entry.id());

        asWorker(() -> proposals.publishAnswer(entry.id()));

        PublicProposal shown = RunAs.nobody(() -> proposals.publicProposals(wenfeng)).stream()
                .filter(p -> p.id() == entry.id()).findFirst().orElseThrow();
        assertThat(shown.maskedProposer()).isEqualTo(Names.masked(name)).isNotEqualTo(name);
        assertThat(shown.answer()).isEqualTo("同意，下月安装");
        assertThat(shown.status()).isEqualTo(ProposalStatus.ADOPTED);
    }

    @Test
    void adoptingOffersTheProposerAndTheSupportersTheStandardsRulesForThem() {
        List<Long> r = data.residents(CommunityTestData.WENFENG, 12).subList(8, 12);
        ProposalEntry entry = data.submit(data.compound(CommunityTestData.WENFENG, 1), ProposalCategory.GREENING,
                data.uniqueTitle("补种行道树"), r.get(0));
        asWorker(() -> proposals.addSupporter(entry.id(), r.get(1)));
        asWorker(() -> proposals.addSupporter(entry.id(), r.get(2)));
        refused(() -> asWorker(() -> proposals.grantOffer(entry.id())), null, "proposal.grant.notAdopted");

        data.move(entry.id(), ProposalStatus.ADOPTED, "同意，春季补种");
        GrantOffer offer = asWorker(() -> proposals.grantOffer(entry.id()));

        assertThat(offer.proposerId()).isEqualTo(r.get(0));
        assertThat(offer.offersProposer()).isTrue();
        // The demo standard of 文峰塔 has a rule for each occasion.
        assertThat(offer.proposerRule()).isNotNull().extracting(rule -> rule.content().occasion())
                .isEqualTo(org.cocreate.points.RuleOccasion.PROPOSAL_ADOPTED);
        assertThat(offer.proposerRule().content().name()).isEqualTo("建议被采纳");
        assertThat(offer.supporterIds()).containsExactlyInAnyOrder(r.get(1), r.get(2));
        assertThat(offer.supporterRule()).isNotNull().extracting(rule -> rule.content().name())
                .isEqualTo("附议的建议被采纳");
        assertThat(offer.offersSupporters()).isTrue();

        // Anonymous and unsupported: nobody to reward.
        ProposalEntry anonymous = data.submit(data.compound(CommunityTestData.WENFENG, 1), ProposalCategory.GREENING,
                data.uniqueTitle("修剪树枝"), null);
        data.move(anonymous.id(), ProposalStatus.ADOPTED, "同意");
        GrantOffer none = asWorker(() -> proposals.grantOffer(anonymous.id()));
        assertThat(none.offersProposer()).isFalse();
        assertThat(none.offersSupporters()).isFalse();
        // Once carried out, the offer is over; a committee member reads but does not grant.
        data.move(entry.id(), ProposalStatus.IN_PROGRESS, null);
        refused(() -> asWorker(() -> proposals.grantOffer(entry.id())), null, "proposal.grant.notAdopted");
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.COMMITTEE, () -> proposals.grantOffer(anonymous.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
