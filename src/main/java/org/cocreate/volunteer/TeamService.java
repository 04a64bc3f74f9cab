package org.cocreate.volunteer;

import static org.cocreate.volunteer.RosterService.CHECK;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.MemberEntry;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationType;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer teams and what volunteers can do. A team is an organisation of the register of type volunteer team
 * (its members are added there or from the team's screen through the register); this service adds who leads
 * it and each volunteer's skills, and gathers a volunteer's page.
 */
@Service
public class TeamService {

    private final VolunteerTeamRepository teams;
    private final VolunteerProfileRepository profiles;
    private final OrganisationService organisations;
    private final RegisterDirectory register;
    private final RosterService rosters;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    TeamService(VolunteerTeamRepository teams, VolunteerProfileRepository profiles, OrganisationService organisations,
            RegisterDirectory register, RosterService rosters, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.teams = teams;
        this.profiles = profiles;
        this.organisations = organisations;
        this.register = register;
        this.rosters = rosters;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The community's volunteer teams, by name, each with its leader and members and their skills. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<TeamEntry> teams(long communityId) {
        currentUser.requireAccess(communityId);
        List<OrganisationEntry> own = organisations.list(communityId).stream()
                .filter(o -> o.type() == OrganisationType.VOLUNTEER_TEAM).toList();
        Map<Long, VolunteerTeam> known = teams.findByOrganisationIdIn(own.stream().map(OrganisationEntry::id).toList())
                .stream().collect(Collectors.toMap(VolunteerTeam::getOrganisationId, Function.identity()));
        Map<Long, List<MemberEntry>> membersOf = own.stream()
                .collect(Collectors.toMap(OrganisationEntry::id, o -> organisations.members(o.id())));
        Map<Long, Set<VolunteerSkill>> skills = profiles.findByResidentIdIn(membersOf.values().stream()
                .flatMap(List::stream).map(MemberEntry::residentId).distinct().toList()).stream()
                .collect(Collectors.toMap(VolunteerProfile::getResidentId, VolunteerProfile::getSkills));
        List<TeamEntry> entries = new ArrayList<>();
        for (OrganisationEntry organisation : own) {
            VolunteerTeam team = known.get(organisation.id());
            Long leaderId = team == null ? null : team.getLeaderResidentId();
            List<TeamMember> members = membersOf.get(organisation.id()).stream()
                    .map(m -> new TeamMember(m.id(), m.residentId(), m.residentName(), m.address(), m.position(),
                            leaderId != null && leaderId == m.residentId(),
                            skills.getOrDefault(m.residentId(), Set.of())))
                    .sorted(java.util.Comparator.comparing((TeamMember m) -> !m.leader()).thenComparing(TeamMember::name))
                    .toList();
            String leaderName = members.stream().filter(TeamMember::leader).map(TeamMember::name).findFirst()
                    .orElse(null);
            entries.add(new TeamEntry(organisation.id(), organisation.name(), organisation.compoundName(),
                    leaderName == null ? null : leaderId, leaderName, members));
        }
        return entries;
    }

    /** One team, as {@link #teams} gives it. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public TeamEntry team(long teamId) {
        long communityId = communityOfTeam(teamId);
        return teams(communityId).stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Makes a member of the team its leader (one per team); null: no leader. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public TeamEntry setLeader(long teamId, @Nullable Long residentId) {
        TeamEntry team = team(teamId);
        CHECK.that(residentId == null || team.members().stream().anyMatch(m -> m.residentId() == residentId),
                "leader", "volunteer.team.leaderNotMember");
        VolunteerTeam row = teams.findByOrganisationId(teamId).orElseGet(() -> teams.save(new VolunteerTeam(teamId)));
        Long before = row.getLeaderResidentId();
        row.lead(residentId);
        audit.record("VOLUNTEER_TEAM_LEADER", "organisation", teamId, communityOfTeam(teamId),
                "leader=" + before, "leader=" + residentId);
        return team(teamId);
    }

    /** A resident's skills (none yet: empty). */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public Set<VolunteerSkill> skills(long residentId) {
        requireVisibleResident(residentId);
        return profiles.findByResidentId(residentId).map(VolunteerProfile::getSkills)
                .orElseGet(() -> EnumSet.noneOf(VolunteerSkill.class));
    }

    /** What a resident can do as a volunteer, as the worker ticks it; the history keeps each change. */
    @Transactional
    @PreAuthorize(VolunteerRoles.STAFF)
    public Set<VolunteerSkill> setSkills(long residentId, Set<VolunteerSkill> skills) {
        long communityId = requireVisibleResident(residentId);
        CHECK.required("skills", skills, "volunteer.skills.required");
        VolunteerProfile profile = profiles.findByResidentId(residentId)
                .orElseGet(() -> profiles.save(new VolunteerProfile(residentId)));
        Set<VolunteerSkill> before = profile.getSkills();
        profile.setSkills(skills);
        audit.record("VOLUNTEER_SKILLS_CHANGED", "resident", residentId, communityId, "skills=" + before,
                "skills=" + profile.getSkills());
        return profile.getSkills();
    }

    /** The community's volunteers with a skill, by name: who to ask for a health check or a repair. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public List<TeamMember> withSkill(long communityId, VolunteerSkill skill) {
        Map<Long, TeamMember> byResident = new java.util.TreeMap<>();
        teams(communityId).forEach(team -> team.members().stream().filter(m -> m.skills().contains(skill))
                .forEach(m -> byResident.putIfAbsent(m.residentId(), m)));
        return byResident.values().stream().sorted(java.util.Comparator.comparing(TeamMember::name)).toList();
    }

    /** A volunteer's page: teams, skills and this year's record. */
    @Transactional(readOnly = true)
    @PreAuthorize(VolunteerRoles.READ)
    public VolunteerSummary summary(long residentId) {
        long communityId = requireVisibleResident(residentId);
        LocalDate today = LocalDate.now(clock);
        ServiceRecord thisYear = rosters.serviceRecord(residentId, today.withDayOfYear(1),
                today.withDayOfYear(today.lengthOfYear()));
        List<String> memberOf = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        for (TeamEntry team : teams(communityId)) {
            team.members().stream().filter(m -> m.residentId() == residentId).findFirst().ifPresent(m -> {
                memberOf.add(team.name());
                if (m.leader()) {
                    leads.add(team.name());
                }
            });
        }
        return new VolunteerSummary(residentId, thisYear.name(), memberOf, leads, skills(residentId), thisYear);
    }

    private long communityOfTeam(long teamId) {
        long communityId = register.communityOfOrganisation(teamId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(communityId)) {
            throw new NotFoundException();
        }
        return communityId;
    }

    private long requireVisibleResident(long residentId) {
        long communityId = register.communityOfResident(residentId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(communityId)) {
            throw new NotFoundException();
        }
        return communityId;
    }
}
