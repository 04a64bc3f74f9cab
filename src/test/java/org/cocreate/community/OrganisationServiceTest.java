package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    CommunityRepository communities;
    @Autowired
    ResidentRepository residents;
    @Autowired
    OrganisationMemberRepository memberRepository;
    @Autowired
    JdbcClient jdbc;

    private OrganisationMember chenBinInTheOwnersCommittee() {
        long id = jdbc.sql("""
                select m.id from organisation_member m join organisation o on o.id = m.organisation_id
                where o.name = '百货小区业主委员会' and m.position = '业委会主任'""").query(Long.class).single();
        return memberRepository.findById(id).orElseThrow();
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerChangesAMembersPositionAndClearsItWithABlank() {
        long daimoge = communityData.community("带谟阁社区");
        long team = organisations.create(daimoge, new OrganisationDraft(OrganisationType.VOLUNTEER_TEAM,
                "职务测试队" + System.nanoTime() % 100000, null));
        Resident someone = residents.findAll().stream().filter(r -> r.getCommunityId() == daimoge).findFirst()
                .orElseThrow();
        long member = organisations.addMember(team, someone.id(), "队员");
        long audited = auditLines("MEMBER_POSITION_CHANGED");

        organisations.changePosition(member, "  队长 ");

        assertThat(organisations.members(team)).extracting(MemberEntry::position).containsExactly("队长");
        assertThat(auditLines("MEMBER_POSITION_CHANGED")).isEqualTo(audited + 1);

        organisations.changePosition(member, " ");
        assertThat(organisations.members(team)).extracting(MemberEntry::position).containsNull();
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aTooLongPositionIsRefusedForThePositionFieldAndChangesNothing() {
        OrganisationMember chenBin = chenBinInTheOwnersCommittee();

        assertThatThrownBy(() -> organisations.changePosition(chenBin.id(), "长".repeat(51)))
                .isInstanceOfSatisfying(RegisterRefusedException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("position");
                    assertThat(refusal.messageKey()).isEqualTo("validation.tooLong");
                });
        assertThat(memberRepository.findById(chenBin.id()).orElseThrow().getPosition()).isEqualTo("业委会主任");
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfAnotherCommunityFindsNoSuchMember() {
        OrganisationMember chenBin = chenBinInTheOwnersCommittee();

        assertThatThrownBy(() -> organisations.changePosition(chenBin.id(), "路人"))
                .isInstanceOf(NotFoundException.class);
        assertThat(memberRepository.findById(chenBin.id()).orElseThrow().getPosition()).isEqualTo("业委会主任");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberMayReadButNotChangeAPosition() {
        OrganisationMember chenBin = chenBinInTheOwnersCommittee();

        assertThat(organisations.members(chenBin.getOrganisationId())).isNotEmpty();
        assertThatThrownBy(() -> organisations.changePosition(chenBin.id(), "主任"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memberRepository.findById(chenBin.id()).orElseThrow().getPosition()).isEqualTo("业委会主任");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void anOrganisationWithoutATypeOrANameOrWithATooLongNameIsRefusedAtItsFieldAndNotCreated() {
        long daimoge = communityData.community("带谟阁社区");
        long before = organisationRows();

        RegisterServiceTest.assertRefused(() -> organisations.create(daimoge,
                new OrganisationDraft(null, RegisterServiceTest.unique("无类型"), null)),
                "type", "validation.required");
        RegisterServiceTest.assertRefused(() -> organisations.create(daimoge,
                new OrganisationDraft(OrganisationType.OTHER, "  ", null)),
                "name", "organisation.name.invalid", OrganisationDraft.NAME_MAX);
        RegisterServiceTest.assertRefused(() -> organisations.create(daimoge,
                new OrganisationDraft(OrganisationType.OTHER, "组".repeat(OrganisationDraft.NAME_MAX + 1), null)),
                "name", "organisation.name.invalid", OrganisationDraft.NAME_MAX);

        assertThat(organisationRows()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void anUpdateWithABadNameOrACompoundOfAnotherCommunityChangesNothing() {
        long daimoge = communityData.community("带谟阁社区");
        long wenfengCompound = jdbc.sql("""
                select min(c.id) from compound c join community m on m.id = c.community_id
                where m.name = '文峰塔社区'""").query(Long.class).single();
        long id = organisations.create(daimoge, new OrganisationDraft(OrganisationType.VOLUNTEER_TEAM,
                RegisterServiceTest.unique("不变队"), null));
        OrganisationEntry before = organisation(daimoge, id);

        RegisterServiceTest.assertRefused(() -> organisations.update(id,
                new OrganisationDraft(OrganisationType.OTHER, "", null)),
                "name", "organisation.name.invalid", OrganisationDraft.NAME_MAX);
        RegisterServiceTest.assertRefused(() -> organisations.update(id,
                new OrganisationDraft(null, "新名字", null)), "type", "validation.required");
        RegisterServiceTest.assertRefused(() -> organisations.update(id,
                new OrganisationDraft(OrganisationType.OTHER, "新名字", wenfengCompound)),
                "compoundId", "validation.required");

        assertThat(organisation(daimoge, id)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aMemberWithATooLongPositionIsRefusedAndNotAdded() {
        long daimoge = communityData.community("带谟阁社区");
        long team = organisations.create(daimoge, new OrganisationDraft(OrganisationType.VOLUNTEER_TEAM,
                RegisterServiceTest.unique("长职务队"), null));
        Resident someone = residents.findAll().stream().filter(r -> r.getCommunityId() == daimoge).findFirst()
                .orElseThrow();

        RegisterServiceTest.assertRefused(() -> organisations.addMember(team, someone.id(),
                "长".repeat(MemberEntry.POSITION_MAX + 1)),
                "position", "validation.tooLong", MemberEntry.POSITION_MAX);

        assertThat(organisations.members(team)).isEmpty();
    }

    private OrganisationEntry organisation(long communityId, long id) {
        return organisations.list(communityId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    private long organisationRows() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    /** Lines of the audit trail with the action, counted in the table (reading the trail is for admins). */
    private long auditLines(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class)
                .single();
    }
}
