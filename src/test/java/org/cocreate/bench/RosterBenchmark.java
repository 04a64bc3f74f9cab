package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.community.FreshCommunities;
import org.cocreate.volunteer.ActivityDraft;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.ActivityType;
import org.cocreate.volunteer.Roster;
import org.cocreate.volunteer.RosterService;
import org.cocreate.volunteer.ShiftDraft;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The roster at the event, on an H2 file database like production: a clean-up with 200 residents signed up
 * for its shifts. Checking a volunteer in at the service (target p95 ≤ 20 ms): 50 check-ins and their undo as a
 * warm-up, then the 200 checked in. Opening the roster of 200 (the server's part of opening the screen, target
 * p95 ≤ 300 ms): 20 reads as a warm-up, then 100. A year of weekly occurrences with three shifts each, planned
 * at once (target ≤ 1 s).
 * Run: ./mvnw -Pbench test -Dtest=RosterBenchmark
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/roster;WRITE_DELAY=0"})
@ActiveProfiles({"demo", "test"})
class RosterBenchmark {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/roster.mv.db"));
    }

    private static final int PEOPLE = 200;
    private static final int WARM_UP_CHECK_INS = 50;
    private static final int WARM_UP_READS = 20;
    private static final int READS = 100;

    @Autowired
    RosterService rosters;
    @Autowired
    FreshCommunities communities;
    @Autowired
    UserDetailsService users;

    @Test
    void checkInAtTheServiceAndOpeningARosterOfTwoHundred() {
        var community = communities.create("基准社区", "志愿者", PEOPLE);
        signIn(DemoUsers.SUBDISTRICT_ADMIN);
        LocalDateTime start = LocalDateTime.now().plusDays(1).withNano(0);
        ActivityEntry activity = rosters.createActivity(community.communityId(), new ActivityDraft("全社区大扫除（基准）",
                ActivityType.CLEAN_UP, "各小区", null, null, null, start, start.plusHours(3)), List.of(
                new ShiftDraft("清扫", null, null, 120), new ShiftDraft("垃圾分类", null, null, 60),
                new ShiftDraft("登记", null, null, 20)));
        List<Long> people = community.residentIds();
        for (int i = 0; i < PEOPLE; i++) {
            long shift = activity.shifts().get(i < 120 ? 0 : i < 180 ? 1 : 2).id();
            rosters.signUp(shift, people.get(i), false);
        }
        for (int i = 0; i < WARM_UP_CHECK_INS; i++) {
            long shift = shiftOf(activity, i);
            rosters.checkIn(shift, people.get(i));
            rosters.undoCheckIn(shift, people.get(i));
        }
        long[] checkIns = new long[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            long shift = shiftOf(activity, i);
            long started = System.nanoTime();
            var line = rosters.checkIn(shift, people.get(i));
            checkIns[i] = System.nanoTime() - started;
            assertThat(line.present()).isTrue();
        }
        long[] reads = new long[READS];
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            long started = System.nanoTime();
            Roster roster = rosters.roster(activity.id());
            long took = System.nanoTime() - started;
            assertThat(roster.lines()).hasSize(PEOPLE);
            if (i >= WARM_UP_READS) {
                reads[i - WARM_UP_READS] = took;
            }
        }
        SecurityContextHolder.clearContext();
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("checkIn(" + PEOPLE + " signed up, H2 file)", checkIns));
        System.out.println(BenchmarkStatistics.summary("roster(" + PEOPLE + " people, 3 shifts, H2 file)", reads));
    }

    /** A recurring clean-up every Saturday with 3 shifts, planned a year ahead at once; 2 warm-up, then 5. */
    @Test
    void aYearOfWeeklyOccurrencesWithThreeShifts() {
        var community = communities.create("定期基准社区", "志愿者", 1);
        signIn(DemoUsers.SUBDISTRICT_ADMIN);
        long[] took = new long[5];
        for (int i = 0; i < 7; i++) {
            java.time.LocalDate first = java.time.LocalDate.now();
            long started = System.nanoTime();
            var rule = recurrence.createSeries(community.communityId(), new org.cocreate.volunteer.SeriesDraft(
                    "每周六卫生大扫除（基准）", ActivityType.CLEAN_UP, "小区中心广场", null,
                    java.util.Set.of(java.time.DayOfWeek.SATURDAY), java.time.LocalTime.of(8, 0),
                    java.time.LocalTime.of(10, 0), first, null, List.of(new ShiftDraft("清扫", null, null, 20),
                            new ShiftDraft("垃圾分类", null, null, 10), new ShiftDraft("登记", null, null, 2))));
            var year = recurrence.extendSeries(rule.id(), first.plusDays(364));
            long elapsed = System.nanoTime() - started;
            assertThat(year.occurrences()).isBetween(52, 53);
            if (i >= 2) {
                took[i - 2] = elapsed;
            }
        }
        SecurityContextHolder.clearContext();
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("a year of weekly occurrences, 3 shifts each (createSeries"
                + " + extendSeries, H2 file)", took));
    }

    @Autowired
    org.cocreate.volunteer.RecurrenceService recurrence;

    private static long shiftOf(ActivityEntry activity, int person) {
        return activity.shifts().get(person < 120 ? 0 : person < 180 ? 1 : 2).id();
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
