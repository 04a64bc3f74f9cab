package org.cocreate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.assembly.AssemblyTestData.DEV;
import static org.cocreate.assembly.AssemblyTestData.refused;

import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.Area;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.OwnerDraft;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.cocreate.proposal.ProposalDraft;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.ExecutionDraft;
import org.cocreate.base.Money;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationType;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An owners' assembly through its services, on H2 and PostgreSQL: preparing it (each refusal at its field),
 * the electorate fixed at the opening, written and phone ballots (a second replaces the first, audited; none
 * after the close), participation by area and heads with the units still to visit, and the close deciding by
 * the Civil Code's double majority, moving the proposal and publishing the tallies.
 */
@ServiceTest
class AssemblyServiceTest {

    @Autowired
    AssemblyTestData data;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalExecutionService executions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    private AssemblyService assemblies() {
        return data.assemblies;
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anAssemblyIsPreparedWithItemsEachRefusalAtItsFieldChangingNothing() {
        var compound = data.compound(4, "80.00");
        var other = data.compound(1, "60.00");
        long before = rows("owners_assembly");
        refused(() -> data.asAdmin(() -> assemblies().create(compound.communityId(), new AssemblyDraft(
                other.compoundId(), "加装电梯", data.today(), data.today().plusDays(7)))), "compoundId",
                "assembly.compound.required");
        refused(() -> data.asAdmin(() -> assemblies().create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), " ", data.today(), data.today().plusDays(7)))), "title", "assembly.title.invalid");
        refused(() -> data.asAdmin(() -> assemblies().create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), "加装电梯", data.today(), data.today().minusDays(1)))), "closesOn",
                "assembly.closesOn.invalid");
        assertThat(rows("owners_assembly")).isEqualTo(before);

        AssemblyEntry draft = data.asAdmin(() -> assemblies().create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), " 加装电梯 ", data.today(), data.today().plusDays(14))));
        assertThat(draft.title()).isEqualTo("加装电梯");
        assertThat(draft.status()).isEqualTo(AssemblyStatus.DRAFT);
        refused(() -> data.asAdmin(() -> assemblies().open(draft.id())), "status", "assembly.open.noItems");
        refused(() -> data.asAdmin(() -> assemblies().addItem(draft.id(), ItemDraft.of(null, "加装电梯", null, null))),
                "matter", "assembly.item.matter.required");
        refused(() -> data.asAdmin(() -> assemblies().addItem(draft.id(), new ItemDraft(Matter.RENOVATE, "加装电梯",
                null, null, List.of("张三"), 1))), "candidates", "assembly.item.candidates.onlyCommittee");
        refused(() -> data.asAdmin(() -> assemblies().addItem(draft.id(), new ItemDraft(Matter.COMMITTEE, "选举业委会",
                null, null, List.of("张三", "李四"), 3))), "seats", "assembly.item.seats.invalid");
        refused(() -> data.asAdmin(() -> assemblies().addItem(draft.id(), new ItemDraft(Matter.COMMITTEE, "选举业委会",
                null, null, List.of("张三", "张三"), 1))), "candidates", "assembly.item.candidates.twice");
        assertThat(rows("assembly_item where assembly_id = " + draft.id())).isZero();

        data.asAdmin(() -> assemblies().addItem(draft.id(), ItemDraft.of(Matter.RENOVATE, "1栋加装电梯", null, null)));
        AssemblyEntry opened = data.asAdmin(() -> assemblies().open(draft.id()));
        assertThat(opened.status()).isEqualTo(AssemblyStatus.OPEN);
        assertThat(opened.units()).isEqualTo(4);
        refused(() -> data.asAdmin(() -> assemblies().addItem(draft.id(), ItemDraft.of(Matter.OTHER, "再加一项", null,
                null))), "matter", "assembly.notDraft");
    }

    @Test
    void writtenAndPhoneBallotsReplaceEachOtherAndTheCloseDecidesByAreaAndHeads() {
        // Twelve units of equal area, each its own owner: a renovation needs three quarters of those taking part.
        var compound = data.compound(12, "90.00");
        AssemblyEntry assembly = data.opened(compound, Matter.RENOVATE);
        long item = assembly.items().getFirst().id();
        List<Long> u = compound.unitIds();
        for (int i = 0; i < 6; i++) {
            data.written(assembly, u.get(i), Electorate.Choice.FOR);
        }
        data.written(assembly, u.get(6), Electorate.Choice.AGAINST);
        // A second paper for the same unit replaces the first, and the change is audited.
        data.written(assembly, u.get(6), Electorate.Choice.FOR);
        assertThat(jdbc.sql("select count(*) from assembly_ballot where unit_id = ?").param(u.get(6))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ASSEMBLY_BALLOT_CHANGED' and target_id = ?")
                .param(String.valueOf(assembly.id())).query(Long.class).single()).isEqualTo(1);
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), u.get(7), List.of(new ItemVote(item, null, Set.of())), null);
            return null;
        }), "items.0.choice", "assembly.ballot.choice.required");
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), -5, List.of(ItemVote.of(item, Electorate.Choice.FOR)), null);
            return null;
        }), "unitId", "assembly.unit.notInElectorate");

        // The owner of the eighth unit votes by phone with the unit's link.
        String token = jdbc.sql("select token from assembly_unit where assembly_id = ? and unit_id = ?")
                .params(assembly.id(), u.get(7)).query(String.class).single();
        PhoneBallot phone = RunAs.nobody(() -> data.ballots.castByPhone(token,
                List.of(ItemVote.of(item, Electorate.Choice.AGAINST))));
        assertThat(phone.cast().get(item).choice()).isEqualTo(Electorate.Choice.AGAINST);
        assertThat(phone.address()).contains("2栋");

        Participation participation = data.asAdmin(() -> assemblies().participation(assembly.id()));
        assertThat(participation.compound().votedHeads()).isEqualTo(8);
        assertThat(participation.compound().totalHeads()).isEqualTo(12);
        assertThat(participation.compound().votedArea()).isEqualTo(Area.of("720.00"));
        assertThat(participation.compound().met(participation.threshold())).as("8 of 12 is two thirds").isTrue();
        assertThat(participation.buildings()).extracting(Participation.BuildingShare::buildingName)
                .containsExactly("1栋", "2栋");
        assertThat(data.asAdmin(() -> assemblies().toVisit(assembly.id()))).extracting(UnitToVisit::unitId)
                .containsExactly(u.get(8), u.get(9), u.get(10), u.get(11));

        List<ItemResult> results = data.asAdmin(() -> assemblies().close(assembly.id(), null));
        Outcome outcome = results.getFirst().outcome();
        assertThat(outcome.participationMet()).isTrue();
        assertThat(outcome.tally().forHeads()).isEqualTo(7);
        assertThat(outcome.tally().againstHeads()).isEqualTo(1);
        assertThat(outcome.adopted()).as("7 of 8 is at least three quarters").isTrue();
        assertThat(data.asAdmin(() -> assemblies().assembly(assembly.id())).items().getFirst().adopted()).isTrue();
        refused(() -> data.written(assembly, u.get(9), Electorate.Choice.FOR), null, "assembly.closed");
        assertThatThrownBy(() -> RunAs.nobody(() -> data.ballots.castByPhone(token,
                List.of(ItemVote.of(item, Electorate.Choice.FOR))))).isInstanceOf(AssemblyRefusedException.class);

        // The announcement: the tallies, never a unit's vote.
        Announcement announcement = RunAs.nobody(() -> assemblies().announcements(compound.communityId())).getFirst();
        assertThat(announcement.results().getFirst().outcome().tally().forArea()).isEqualTo(Area.of("630.00"));
    }

    @Test
    void aBuyerOfThreeUnitsCountsOnceByHeadAndTheDevelopersUnitsOnceTogether() {
        // A buys three units; two are unsold; B and C one each: 7 units, 4 heads (A, developer, B, C).
        var compound = data.compound(List.of("100.00", "100.00", "100.00", "50.00", "50.00", "80.00", "80.00"),
                List.of("A", "A", "A", DEV, DEV, "B", "C"));
        AssemblyEntry assembly = data.opened(compound, Matter.OTHER);
        List<Long> u = compound.unitIds();
        data.written(assembly, u.get(0), Electorate.Choice.FOR);
        data.written(assembly, u.get(1), Electorate.Choice.FOR);
        data.written(assembly, u.get(2), Electorate.Choice.FOR);
        data.written(assembly, u.get(5), Electorate.Choice.AGAINST);
        Participation participation = data.asAdmin(() -> data.assemblies.participation(assembly.id()));
        assertThat(participation.compound().totalHeads()).isEqualTo(4);
        assertThat(participation.compound().votedHeads()).as("A once, B").isEqualTo(2);
        assertThat(participation.compound().votedArea()).as("A's three units by area").isEqualTo(Area.of("380.00"));

        // A later sale changes who may vote for a unit, not the count fixed at the opening.
        data.asAdmin(() -> data.properties.addOwner(u.get(6), new OwnerDraft(null, "业主D", "13912345678")));
        assertThat(data.asAdmin(() -> data.assemblies.participation(assembly.id())).compound().totalHeads())
                .isEqualTo(4);
    }

    @Test
    void anOwnerFoundAtTheMeetingDeskVotesForAllTheirUnitsAtOnce() {
        var compound = data.compound(List.of("100.00", "100.00", "100.00", "50.00", "50.00", "80.00", "80.00"),
                List.of("A", "A", "A", DEV, DEV, "B", "C"));
        AssemblyEntry assembly = data.opened(compound, Matter.OTHER);
        long item = assembly.items().getFirst().id();
        List<Long> u = compound.unitIds();

        // Found by name, by a phone's digits or by a room; the developer's units are one owner without a name.
        List<OwnerUnits> all = data.asAdmin(() -> assemblies().owners(assembly.id(), ""));
        assertThat(all).hasSize(4);
        OwnerUnits a = data.asAdmin(() -> assemblies().owners(assembly.id(), "业主A")).getFirst();
        assertThat(a.units()).extracting(UnitToVisit::unitId).containsExactly(u.get(0), u.get(1), u.get(2));
        assertThat(a.area()).isEqualTo(Area.of("300.00"));
        assertThat(data.asAdmin(() -> assemblies().owners(assembly.id(), a.phones().getFirst().substring(5))))
                .extracting(OwnerUnits::ownerKey).containsExactly(a.ownerKey());
        assertThat(all).filteredOn(OwnerUnits::developer).singleElement()
                .satisfies(developer -> assertThat(developer.units()).hasSize(2));
        assertThat(data.asAdmin(() -> assemblies().owners(assembly.id(), "没有这个人"))).isEmpty();

        // One unit that is not of the electorate refuses the whole ballot: none of A's units is recorded.
        long before = rows("assembly_ballot where assembly_id = " + assembly.id());
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordAtMeeting(assembly.id(), List.of(u.get(0), -5L), List.of(ItemVote.of(item,
                    Electorate.Choice.FOR)));
            return null;
        }), "unitId", "assembly.unit.notInElectorate");
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordAtMeeting(assembly.id(), List.of(), List.of(ItemVote.of(item, Electorate.Choice.FOR)));
            return null;
        }), "unitId", "assembly.unit.notInElectorate");
        assertThat(rows("assembly_ballot where assembly_id = " + assembly.id())).isEqualTo(before);

        data.asAdmin(() -> {
            data.ballots.recordAtMeeting(assembly.id(), a.units().stream().map(UnitToVisit::unitId).toList(),
                    List.of(ItemVote.of(item, Electorate.Choice.FOR)));
            return null;
        });
        assertThat(jdbc.sql("select count(*) from assembly_ballot where assembly_id = ? and way = 'MEETING'")
                .param(assembly.id()).query(Long.class).single()).isEqualTo(3);
        Participation participation = data.asAdmin(() -> assemblies().participation(assembly.id()));
        assertThat(participation.compound().votedHeads()).as("A, once").isEqualTo(1);
        assertThat(participation.compound().votedArea()).isEqualTo(Area.of("300.00"));
        assertThat(data.asAdmin(() -> assemblies().owners(assembly.id(), "业主A")).getFirst().unitsVoted()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ASSEMBLY_BALLOT_RECORDED'"
                + " and target_id = ? and after_state like '%way=MEETING%'").param(String.valueOf(assembly.id()))
                .query(Long.class).single()).isEqualTo(3);

        data.asAdmin(() -> assemblies().close(assembly.id(), null));
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordAtMeeting(assembly.id(), List.of(u.get(5)), List.of(ItemVote.of(item,
                    Electorate.Choice.FOR)));
            return null;
        }), null, "assembly.closed");
    }

    @Test
    void aPaperWhosePhotoIsNotAPictureIsRefusedAndNothingIsRecorded() {
        var compound = data.compound(2, "70.00");
        AssemblyEntry assembly = data.opened(compound, Matter.OTHER);
        long unit = compound.unitIds().getFirst();
        List<ItemVote> vote = List.of(ItemVote.of(assembly.items().getFirst().id(), Electorate.Choice.FOR));
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), unit, vote, new BallotPicture("image/jpeg",
                    "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return null;
        }), "photo", "assembly.photo.type");
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), unit, vote, new BallotPicture("image/png", new byte[0]));
            return null;
        }), "photo", "assembly.photo.size");
        assertThat(rows("assembly_ballot where assembly_id = " + assembly.id())).isZero();
        assertThat(data.asAdmin(() -> data.ballots.paper(assembly.id(), unit))).isEmpty();
    }

    @Test
    void aProposalPutToTheOwnersIsMovedByTheCloseWithItsAnswer() {
        var compound = data.compound(3, "75.50");
        long proposal = data.asAdmin(() -> proposals.submit(compound.communityId(), new ProposalDraft(
                compound.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "加装电梯", "老人上下楼不便",
                compound.residentId()))).id();
        AssemblyEntry assembly = data.asAdmin(() -> {
            AssemblyEntry created = data.assemblies.create(compound.communityId(), new AssemblyDraft(
                    compound.compoundId(), "加装电梯表决", data.today(), data.today().plusDays(7)));
            data.assemblies.addItem(created.id(), ItemDraft.of(Matter.RENOVATE, "加装电梯", null, proposal));
            return data.assemblies.open(created.id());
        });
        compound.unitIds().forEach(unit -> data.written(assembly, unit, Electorate.Choice.FOR));
        refused(() -> data.asAdmin(() -> data.assemblies.close(assembly.id(), " ")), "note",
                "assembly.close.noteRequired");
        data.asAdmin(() -> data.assemblies.close(assembly.id(), "业主大会表决通过，三户全部同意"));
        assertThat(data.asAdmin(() -> proposals.get(proposal)).status()).isEqualTo(ProposalStatus.ADOPTED);
    }

    @Test
    void anAdoptedPlanGoesToTheOwnersWithItsBudgetAndIsWithdrawnWhenTheyDoNotApproveIt() {
        var compound = data.compound(3, "75.50");
        long proposal = data.asAdmin(() -> proposals.submit(compound.communityId(), new ProposalDraft(
                compound.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "外墙翻新", "外墙脱落",
                compound.residentId()))).id();
        long company = data.asAdmin(() -> organisations.create(compound.communityId(), new OrganisationDraft(
                OrganisationType.OTHER, "翻新施工队", null)));
        data.asAdmin(() -> proposals.changeStatus(proposal, ProposalStatus.ADOPTED, "议事会同意，报业主大会", false));
        data.asAdmin(() -> executions.setExecution(proposal, new ExecutionDraft(company, Money.ofYuan(360_000),
                List.of())));
        AssemblyEntry assembly = data.asAdmin(() -> {
            AssemblyEntry created = data.assemblies.create(compound.communityId(), new AssemblyDraft(
                    compound.compoundId(), "外墙翻新表决", data.today(), data.today().plusDays(7)));
            data.assemblies.addItem(created.id(), ItemDraft.of(Matter.RENOVATE, "外墙翻新", null, proposal));
            return data.assemblies.open(created.id());
        });
        ItemEntry item = assembly.items().getFirst();
        assertThat(item.proposalTitle()).isEqualTo("外墙翻新");
        assertThat(item.budget()).as("the budget the owners are shown").isEqualTo(Money.ofYuan(360_000));

        // Two of three against: not approved, so the adopted plan is withdrawn with the committee's note.
        data.written(assembly, compound.unitIds().get(0), Electorate.Choice.FOR);
        data.written(assembly, compound.unitIds().get(1), Electorate.Choice.AGAINST);
        data.written(assembly, compound.unitIds().get(2), Electorate.Choice.AGAINST);
        data.asAdmin(() -> data.assemblies.close(assembly.id(), "业主大会未通过，暂不实施"));
        var after = data.asAdmin(() -> proposals.get(proposal));
        assertThat(after.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(after.answer()).isEqualTo("业主大会未通过，暂不实施");
    }

    @Test
    void aDecidedProposalOrAnotherCompoundsIsRefusedAndOneWithdrawnMidVoteDoesNotStopTheClose() {
        var compound = data.compound(2, "60.00");
        var other = data.compound(1, "60.00");
        long rejected = data.asAdmin(() -> proposals.submit(compound.communityId(), new ProposalDraft(
                compound.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "设摊位", "占道",
                compound.residentId()))).id();
        data.asAdmin(() -> proposals.changeStatus(rejected, ProposalStatus.REJECTED, "不符合规划", false));
        long elsewhere = data.asAdmin(() -> proposals.submit(other.communityId(), new ProposalDraft(
                other.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "加装电梯", "别的小区",
                other.residentId()))).id();
        long open = data.asAdmin(() -> proposals.submit(compound.communityId(), new ProposalDraft(
                compound.compoundId(), ProposalCategory.OTHER, ProposalChannel.VISIT, "加装电梯", "老人多",
                compound.residentId()))).id();
        AssemblyEntry draft = data.asAdmin(() -> data.assemblies.create(compound.communityId(), new AssemblyDraft(
                compound.compoundId(), "加装电梯表决", data.today(), data.today().plusDays(7))));
        refused(() -> data.asAdmin(() -> data.assemblies.addItem(draft.id(), ItemDraft.of(Matter.RENOVATE, "设摊位",
                null, rejected))), "proposalId", "assembly.item.proposal.decided");
        refused(() -> data.asAdmin(() -> data.assemblies.addItem(draft.id(), ItemDraft.of(Matter.RENOVATE, "加装电梯",
                null, elsewhere))), "proposalId", "assembly.item.proposal.invalid");
        assertThat(rows("assembly_item where assembly_id = " + draft.id())).isZero();

        data.asAdmin(() -> data.assemblies.addItem(draft.id(), ItemDraft.of(Matter.RENOVATE, "加装电梯", null, open)));
        AssemblyEntry assembly = data.asAdmin(() -> data.assemblies.open(draft.id()));
        compound.unitIds().forEach(unit -> data.written(assembly, unit, Electorate.Choice.FOR));
        data.asAdmin(() -> proposals.changeStatus(open, ProposalStatus.WITHDRAWN, "提议人撤回", false));
        List<ItemResult> results = data.asAdmin(() -> data.assemblies.close(assembly.id(), "全体同意"));
        assertThat(results.getFirst().item().adopted()).isTrue();
        assertThat(data.asAdmin(() -> proposals.get(open)).status()).as("left as it was").isEqualTo(ProposalStatus.WITHDRAWN);
    }

    @Test
    void theOwnersCommitteeIsElectedByMarksUpToTheSeatsAndAnnouncedWithTheElected() {
        // Five units, each its own owner; three candidates for two seats.
        var compound = data.compound(5, "90.00");
        AssemblyEntry assembly = data.asAdmin(() -> {
            AssemblyEntry created = data.assemblies.create(compound.communityId(), new AssemblyDraft(
                    compound.compoundId(), "选举业主委员会", data.today(), data.today().plusDays(14)));
            data.assemblies.addItem(created.id(), new ItemDraft(Matter.COMMITTEE, "选举第一届业主委员会", null, null,
                    List.of("王芳", "李强", "赵敏"), 2));
            return data.assemblies.open(created.id());
        });
        long item = assembly.items().getFirst().id();
        List<Long> u = compound.unitIds();
        refused(() -> data.asAdmin(() -> {
            data.ballots.recordWritten(assembly.id(), u.get(0), List.of(ItemVote.marking(item, Set.of(0, 1, 2))), null);
            return null;
        }), "items.0.choice", "assembly.ballot.tooMany");
        assertThat(rows("assembly_ballot where assembly_id = " + assembly.id())).isZero();
        // 王芳 on all five papers, 李强 on three, 赵敏 on two: more than half of the five is three.
        List<Set<Integer>> papers = List.of(Set.of(0, 1), Set.of(0, 1), Set.of(0, 1), Set.of(0, 2), Set.of(0, 2));
        for (int i = 0; i < papers.size(); i++) {
            int n = i;
            data.asAdmin(() -> {
                data.ballots.recordWritten(assembly.id(), u.get(n), List.of(ItemVote.marking(item, papers.get(n))), null);
                return null;
            });
        }
        ItemResult result = data.asAdmin(() -> data.assemblies.close(assembly.id(), null)).getFirst();
        assertThat(result.elected()).extracting(Election.CandidateCount::candidateKey).containsExactly("王芳", "李强");
        assertThat(result.elected()).extracting(Election.CandidateCount::headsFor).containsExactly(5L, 3L);
        assertThat(data.asAdmin(() -> assemblies().assembly(assembly.id())).items().getFirst().adopted()).isTrue();
        Announcement announced = RunAs.nobody(() -> assemblies().announcements(compound.communityId())).getFirst();
        assertThat(announced.results().getFirst().elected()).extracting(Election.CandidateCount::candidateKey)
                .containsExactly("王芳", "李强");
    }

    @Test
    void anotherCommunitysAssemblyIsNotFoundAndOnlyStaffRecordBallots() {
        var compound = data.compound(2, "60.00");
        AssemblyEntry assembly = data.opened(compound, Matter.USE_FUND);
        long item = assembly.items().getFirst().id();
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> data.assemblies.assembly(assembly.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER, () -> data.ballots.recordWritten(
                assembly.id(), compound.unitIds().getFirst(), List.of(ItemVote.of(item, Electorate.Choice.FOR)), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COMMITTEE, () -> data.ballots.recordWritten(
                assembly.id(), compound.unitIds().getFirst(), List.of(ItemVote.of(item, Electorate.Choice.FOR)), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> data.assemblies.open(assembly.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
