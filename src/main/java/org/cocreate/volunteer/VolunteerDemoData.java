package org.cocreate.volunteer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.cocreate.community.ResidentTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's volunteering: 文峰塔社区's clean-up this afternoon (清扫 for ten, 登记 for two) with eight residents
 * signed up, ready for the worker's tablet to check them in, and next Saturday's health check for the elderly;
 * home visits (双阳走访) to most of its elderly in the last three weeks, one seven weeks ago with a follow-up
 * still open, and some never visited, so that the list of those due is as a community's would be.
 * Loaded once into an empty database, only in "demo".
 */
@Component
@Profile("demo")
@Order(60)
class VolunteerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolunteerDemoData.class);

    private final ActivityRepository activities;
    private final ShiftRepository shifts;
    private final SignUpRepository signUps;
    private final VisitRepository visits;
    private final RegisterDirectory register;
    private final VolunteerTeamRepository teams;
    private final VolunteerProfileRepository profiles;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VolunteerDemoData(ActivityRepository activities, ShiftRepository shifts, SignUpRepository signUps,
            VisitRepository visits, RegisterDirectory register, VolunteerTeamRepository teams,
            VolunteerProfileRepository profiles, TransactionTemplate transaction, Clock clock) {
        this.teams = teams;
        this.profiles = profiles;
        this.activities = activities;
        this.shifts = shifts;
        this.signUps = signUps;
        this.visits = visits;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (activities.count() > 0) {
                return;
            }
            Long wenfeng = register.communityNamed("文峰塔社区").orElse(null);
            List<Long> residents = wenfeng == null ? List.of() : register.residentIdsOf(wenfeng);
            if (wenfeng == null || residents.size() < 30) {
                return;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDate today = now.toLocalDate();
            LocalDateTime start = today.atTime(LocalTime.of(14, 0));
            Activity cleanUp = activities.save(new Activity(wenfeng, new ActivityDraft("社区环境卫生大扫除",
                    ActivityType.CLEAN_UP, "文峰塔广场集合", null, null, "清理楼道杂物和绿化带垃圾，工具由社区提供",
                    start, start.plusHours(2)), "wenfeng_worker", now));
            Shift sweeping = shifts.save(new Shift(cleanUp.id(), new ShiftDraft("清扫", start, start.plusHours(2), 10)));
            Shift desk = shifts.save(new Shift(cleanUp.id(), new ShiftDraft("登记", start, start.plusHours(2), 2)));
            // Residents far down the register, away from those the tests pick from the first fifty.
            int from = residents.size() - 10;
            for (int i = 0; i < 8; i++) {
                signUps.save(new SignUp(i < 7 ? sweeping.id() : desk.id(), residents.get(from + i),
                        SignUpStatus.SIGNED_UP, false, "wenfeng_worker", now.minusDays(2)));
            }
            LocalDateTime saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).atTime(LocalTime.of(8, 30));
            Activity healthCheck = activities.save(new Activity(wenfeng, new ActivityDraft("老年人义诊：测血压、测血糖",
                    ActivityType.HEALTH_CHECK, "社区卫生服务站", null, null, null, saturday, saturday.plusHours(3)),
                    "wenfeng_worker", now));
            shifts.save(new Shift(healthCheck.id(), new ShiftDraft("测血压", saturday, saturday.plusHours(3), 3)));
            shifts.save(new Shift(healthCheck.id(), new ShiftDraft("登记引导", saturday, saturday.plusHours(3), 2)));
            int visited = visits(wenfeng, residents, now);
            log.info("Demo volunteering: {} today, {} on {}, {} home visits", cleanUp.getTitle(),
                    healthCheck.getTitle(), saturday.toLocalDate(), visited);
            register.communityNamed("龙门街社区").ifPresent(this::teamsOf);
            teamsOf(wenfeng);
        });
    }

    /**
     * The community's volunteer teams as the seed's are made up: the first member leads, and the members are
     * doctors, nurses, teachers, retired cadres, party members and electricians for the home visits.
     */
    private void teamsOf(long communityId) {
        List<VolunteerSkill> skills = List.of(VolunteerSkill.PARTY_MEMBER, VolunteerSkill.DOCTOR,
                VolunteerSkill.TEACHER, VolunteerSkill.RETIRED_CADRE, VolunteerSkill.NURSE, VolunteerSkill.ELECTRICIAN);
        for (long teamId : register.organisationNames(communityId,
                org.cocreate.community.OrganisationType.VOLUNTEER_TEAM).keySet()) {
            List<Long> members = register.organisationMemberIds(teamId);
            if (members.isEmpty()) {
                continue;
            }
            VolunteerTeam team = teams.save(new VolunteerTeam(teamId));
            team.lead(members.getFirst());
            for (int i = 0; i < members.size(); i++) {
                VolunteerProfile profile = new VolunteerProfile(members.get(i));
                VolunteerSkill skill = skills.get(i % skills.size());
                // Every third one is a party member besides.
                profile.setSkills(i % 3 == 2 ? java.util.EnumSet.of(skill, VolunteerSkill.PARTY_MEMBER)
                        : java.util.EnumSet.of(skill));
                profiles.save(profile);
            }
        }
    }

    /**
     * Visits to 文峰塔's elderly by two volunteers of the register's middle (the tests pick from the first fifty
     * and the clean-up from the last ten): three in four visited 5 to 20 days ago, every fourth never; one seven
     * weeks ago whose gas hose is to be replaced (a follow-up open), one five weeks ago.
     */
    private int visits(long wenfeng, List<Long> residents, LocalDateTime now) {
        if (residents.size() < 62) {
            return 0;
        }
        List<RegisteredResident> elderly = register.residentsTagged(wenfeng, ResidentTag.ELDERLY);
        Set<Long> elderlyIds = elderly.stream().map(RegisteredResident::id).collect(Collectors.toSet());
        List<Long> volunteers = residents.subList(50, residents.size() - 10).stream()
                .filter(id -> !elderlyIds.contains(id)).limit(2).toList();
        if (elderly.size() < 4 || volunteers.size() < 2) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < elderly.size(); i++) {
            if (i % 4 == 3) {
                continue;
            }
            LocalDateTime at = now.minusDays(5 + (i * 7L) % 16).withHour(9 + i % 7).withMinute(30);
            String notes = i % 3 == 0 ? "老人身体状况良好，家中整洁" : null;
            boolean followUp = false;
            if (i == 0) {
                at = now.minusDays(50).withHour(15).withMinute(0);
                notes = "燃气软管老化开裂，已提醒家属，需联系燃气公司更换";
                followUp = true;
            } else if (i == 1) {
                at = now.minusDays(35).withHour(10).withMinute(0);
            }
            visits.save(new Visit(wenfeng, new VisitDraft(elderly.get(i).id(), volunteers, at, 40,
                    EnumSet.of(VisitCheck.ELECTRICITY, VisitCheck.GAS, VisitCheck.MOOD), notes, followUp),
                    new Recorded("wenfeng_worker", at.plusHours(1), null, null)));
            count++;
        }
        return count;
    }
}
