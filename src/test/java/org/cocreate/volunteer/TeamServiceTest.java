package org.cocreate.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.volunteer.VolunteerTestData.refused;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Volunteer teams (organisations of the register) with a leader, members' skills, and a volunteer's page. */
@ServiceTest
class TeamServiceTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    TeamService teams;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    /** A volunteer team of the community with the residents as members, and another kind of organisation. */
    private long team(FreshCommunity community, List<Long> members) {
        return data.asAdmin(() -> {
            organisations.create(community.communityId(), new OrganisationDraft(OrganisationType.PARTY_BRANCH,
                    "党支部 " + community.communityId(), null));
            long team = organisations.create(community.communityId(), new OrganisationDraft(
                    OrganisationType.VOLUNTEER_TEAM, "医护志愿服务队 " + community.communityId(), null));
            members.forEach(resident -> organisations.addMember(team, resident, null));
            return team;
        });
    }

    @Test
    void aTeamHasALeaderFromItsMembersAndTheirSkillsAndOnlyVolunteerTeamsAreListed() {
        FreshCommunity community = data.community(4);
        List<Long> r = community.residentIds();
        long team = team(community, r.subList(0, 3));

        assertThat(data.asAdmin(() -> teams.teams(community.communityId()))).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(team);
            assertThat(entry.leaderId()).as("none chosen yet").isNull();
            assertThat(entry.members()).hasSize(3);
        });
        refused(() -> data.asAdmin(() -> teams.setLeader(team, r.get(3))), "leader",
                "volunteer.team.leaderNotMember");
        assertThat(data.asAdmin(() -> teams.team(team)).leaderId()).as("nothing changed").isNull();

        TeamEntry led = data.asAdmin(() -> teams.setLeader(team, r.get(1)));
        assertThat(led.leaderId()).isEqualTo(r.get(1));
        assertThat(led.members().getFirst().residentId()).as("the leader first").isEqualTo(r.get(1));
        assertThat(data.asAdmin(() -> teams.setLeader(team, r.get(2))).leaderId()).as("one leader a team")
                .isEqualTo(r.get(2));

        refused(() -> data.asAdmin(() -> teams.setSkills(r.get(0), null)), "skills", "volunteer.skills.required");
        assertThat(data.asAdmin(() -> teams.setSkills(r.get(0), EnumSet.of(VolunteerSkill.DOCTOR,
                VolunteerSkill.PARTY_MEMBER)))).containsExactlyInAnyOrder(VolunteerSkill.DOCTOR,
                VolunteerSkill.PARTY_MEMBER);
        data.asAdmin(() -> teams.setSkills(r.get(1), Set.of(VolunteerSkill.NURSE)));
        data.asAdmin(() -> teams.setSkills(r.get(3), Set.of(VolunteerSkill.DOCTOR)));
        assertThat(data.asAdmin(() -> teams.skills(r.get(0)))).contains(VolunteerSkill.DOCTOR);
        assertThat(data.asAdmin(() -> teams.skills(r.get(2)))).as("none registered").isEmpty();
        assertThat(data.asAdmin(() -> teams.withSkill(community.communityId(), VolunteerSkill.DOCTOR)))
                .extracting(TeamMember::residentId).as("members of a team only").containsExactly(r.get(0));
        assertThat(data.asAdmin(() -> teams.setSkills(r.get(0), Set.of()))).as("none is allowed").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VOLUNTEER_SKILLS_CHANGED'"
                + " and target_id = ?").param(String.valueOf(r.get(0))).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aVolunteersPageHasTheirTeamsSkillsAndThisYearsRecord() {
        FreshCommunity community = data.community(2);
        List<Long> r = community.residentIds();
        long team = team(community, r);
        data.asAdmin(() -> teams.setLeader(team, r.get(0)));
        data.asAdmin(() -> teams.setSkills(r.get(0), Set.of(VolunteerSkill.ELECTRICIAN)));
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusMinutes(30), 5);
        long shift = activity.shifts().getFirst().id();
        r.forEach(resident -> data.asAdmin(() -> data.rosters.signUp(shift, resident, false)));
        data.asAdmin(() -> data.rosters.checkIn(shift, r.get(0)));
        data.asAdmin(() -> data.rosters.closeActivity(activity.id()));
        data.asAdmin(() -> data.rosters.correctHours(shift, r.get(0), 105, "签退时间补录"));

        VolunteerSummary leader = data.asAdmin(() -> teams.summary(r.get(0)));
        assertThat(leader.teams()).containsExactly("医护志愿服务队 " + community.communityId());
        assertThat(leader.leads()).containsExactly("医护志愿服务队 " + community.communityId());
        assertThat(leader.skills()).containsExactly(VolunteerSkill.ELECTRICIAN);
        assertThat(leader.thisYear().totalMinutes()).isEqualTo(105);
        assertThat(leader.thisYear().served()).hasSize(1);
        VolunteerSummary member = data.asAdmin(() -> teams.summary(r.get(1)));
        assertThat(member.leads()).isEmpty();
        assertThat(member.thisYear().noShows()).isEqualTo(1);
    }

    @Test
    void anotherCommunitysTeamsAndVolunteersAreNotFoundAndACommitteeMemberOnlyReads() {
        FreshCommunity community = data.community(1);
        long team = team(community, community.residentIds());
        long resident = community.residentIds().getFirst();
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> teams.team(team)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER,
                () -> teams.setSkills(resident, Set.of(VolunteerSkill.DOCTOR)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> teams.summary(resident)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.COMMITTEE, () -> teams.setLeader(team, resident)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.asAdmin(() -> teams.skills(resident))).isEmpty();
    }
}
