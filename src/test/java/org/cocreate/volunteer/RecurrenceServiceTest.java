package org.cocreate.volunteer;

import static org.cocreate.volunteer.VolunteerTestData.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.cocreate.ServiceTest;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceTest
class RecurrenceServiceTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    RecurrenceService recurrence;
    @Autowired
    JdbcClient jdbc;

    private static SeriesDraft saturdays(Set<DayOfWeek> days, LocalTime from, LocalTime to, LocalDate first,
            List<ShiftDraft> shifts) {
        return new SeriesDraft("每周六卫生大扫除", ActivityType.CLEAN_UP, "小区中心广场", null, days, from, to, first, null,
                shifts);
    }

    private List<LocalDate> days(long seriesId) {
        return jdbc.sql("select starts_at from volunteer_activity where series_id = ? order by starts_at")
                .param(seriesId).query(java.time.LocalDateTime.class).list().stream()
                .map(java.time.LocalDateTime::toLocalDate).toList();
    }

    @Test
    void aWeeklyRuleCreatesTheComingWeeksAndBadRulesAreRefusedAtTheirFieldsChangingNothing() {
        FreshCommunity community = data.community(1);
        long id = community.communityId();
        LocalDate monday = data.now().toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<ShiftDraft> shifts = List.of(new ShiftDraft("清扫", null, null, 10), new ShiftDraft("登记", null, null, 2));
        long before = jdbc.sql("select count(*) from volunteer_series").query(Long.class).single();

        refused(() -> data.asAdmin(() -> recurrence.createSeries(id, saturdays(Set.of(), LocalTime.of(8, 0),
                LocalTime.of(10, 0), monday, shifts))), "weekdays", "volunteer.weekdays.required");
        refused(() -> data.asAdmin(() -> recurrence.createSeries(id, saturdays(Set.of(DayOfWeek.SATURDAY),
                LocalTime.of(10, 0), LocalTime.of(8, 0), monday, shifts))), "to", "volunteer.endsAt.beforeStart");
        refused(() -> data.asAdmin(() -> recurrence.createSeries(id, new SeriesDraft("大扫除", ActivityType.CLEAN_UP,
                "广场", null, Set.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(10, 0), monday,
                monday.plusYears(2), shifts))), "lastDay", "volunteer.lastDay.invalid");
        refused(() -> data.asAdmin(() -> recurrence.createSeries(id, saturdays(Set.of(DayOfWeek.SATURDAY),
                LocalTime.of(8, 0), LocalTime.of(10, 0), monday, List.of(new ShiftDraft("清扫", null, null, 0))))),
                "shifts.0.capacity", "volunteer.capacity.invalid");
        assertThat(jdbc.sql("select count(*) from volunteer_series").query(Long.class).single()).isEqualTo(before);

        SeriesEntry created = data.asAdmin(() -> recurrence.createSeries(id, saturdays(Set.of(DayOfWeek.SATURDAY),
                LocalTime.of(8, 0), LocalTime.of(10, 0), monday, shifts)));
        List<LocalDate> saturdays = days(created.id());
        assertThat(saturdays).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        assertThat(saturdays.getFirst()).isEqualTo(monday.plusDays(5));
        assertThat(saturdays).hasSizeBetween(7, 9).as("about %d weeks ahead", RecurrenceService.WEEKS_AHEAD);
        ActivityEntry first = data.asAdmin(() -> data.rosters.activitiesOn(id, saturdays.getFirst())).getFirst();
        assertThat(first.startsAt().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(first.shifts()).extracting(ShiftEntry::role).containsExactly("清扫", "登记");

        SeriesEntry year = data.asAdmin(() -> recurrence.extendSeries(created.id(), monday.plusDays(364)));
        assertThat(year.occurrences()).isEqualTo(52);
        assertThat(days(created.id())).doesNotHaveDuplicates();
    }

    @Test
    void changingTheRuleMovesTheComingOccurrencesKeepsTheirSignUpsAndDropsTheDaysItNoLongerHas() {
        FreshCommunity community = data.community(2);
        long id = community.communityId();
        List<Long> r = community.residentIds();
        LocalDate monday = data.now().toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        SeriesEntry rule = data.asAdmin(() -> recurrence.createSeries(id, saturdays(Set.of(DayOfWeek.SATURDAY),
                LocalTime.of(8, 0), LocalTime.of(10, 0), monday, List.of(new ShiftDraft("清扫", null, null, 10)))));
        LocalDate saturday = monday.plusDays(5);
        ActivityEntry occurrence = data.asAdmin(() -> data.rosters.activitiesOn(id, saturday)).getFirst();
        data.asAdmin(() -> data.rosters.signUp(occurrence.shifts().getFirst().id(), r.get(0), false));

        // Saturdays and Sundays, an hour later, with a second role.
        data.asAdmin(() -> recurrence.changeSeries(rule.id(), saturdays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(9, 0), LocalTime.of(11, 0), monday, List.of(new ShiftDraft("清扫", null, null, 8),
                        new ShiftDraft("垃圾分类", null, null, 4)))));
        ActivityEntry moved = data.asAdmin(() -> data.rosters.activity(occurrence.id()));
        assertThat(moved.startsAt().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(moved.shifts()).extracting(ShiftEntry::role).containsExactly("清扫", "垃圾分类");
        assertThat(moved.shifts().getFirst().capacity()).isEqualTo(8);
        assertThat(moved.shifts().getFirst().startsAt().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(data.asAdmin(() -> data.rosters.roster(occurrence.id())).lines()).extracting(RosterLine::residentId)
                .as("the sign-up kept").containsExactly(r.get(0));
        assertThat(days(rule.id())).contains(saturday.plusDays(1)).as("Sundays added");

        // Sundays only: the Saturday goes, with its sign-up.
        data.asAdmin(() -> recurrence.changeSeries(rule.id(), saturdays(Set.of(DayOfWeek.SUNDAY), LocalTime.of(9, 0),
                LocalTime.of(11, 0), monday, List.of(new ShiftDraft("清扫", null, null, 8)))));
        assertThat(days(rule.id())).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(jdbc.sql("select count(*) from volunteer_signup where resident_id = ?").param(r.get(0))
                .query(Long.class).single()).isZero();
        assertThat(data.asAdmin(() -> recurrence.seriesOf(id))).singleElement()
                .satisfies(s -> assertThat(s.weekdays()).containsExactly(DayOfWeek.SUNDAY));
    }
}
