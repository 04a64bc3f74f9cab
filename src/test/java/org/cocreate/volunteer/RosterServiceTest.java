package org.cocreate.volunteer;

import static org.cocreate.volunteer.VolunteerTestData.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceTest
class RosterServiceTest {

    @Autowired
    VolunteerTestData data;
    @Autowired
    JdbcClient jdbc;

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private RosterService rosters() {
        return data.rosters;
    }

    @Test
    void anActivityTakesItsShiftsAndEachBadValueIsRefusedAtItsFieldChangingNothing() {
        FreshCommunity community = data.community(1);
        LocalDateTime start = data.now().plusDays(2).withHour(8).withMinute(0);
        long before = rows("volunteer_activity");
        ActivityDraft good = new ActivityDraft("  社区义诊 ", ActivityType.HEALTH_CHECK, "社区卫生服务站",
                community.compoundId(), null, "为老年人测血压、血糖", start, start.plusHours(3));
        long id = community.communityId();

        refused(() -> data.asAdmin(() -> rosters().createActivity(id, new ActivityDraft(" ", good.type(), good.place(),
                null, null, null, good.startsAt(), good.endsAt()), List.of(new ShiftDraft("测血压", null, null, 2)))),
                "title", "volunteer.title.invalid");
        refused(() -> data.asAdmin(() -> rosters().createActivity(id, new ActivityDraft(good.title(), good.type(),
                good.place(), null, null, null, start, start.minusHours(1)), List.of(new ShiftDraft("测血压", null,
                null, 2)))), "endsAt", "volunteer.endsAt.beforeStart");
        refused(() -> data.asAdmin(() -> rosters().createActivity(id, good, List.of())), "shifts",
                "volunteer.shifts.required");
        refused(() -> data.asAdmin(() -> rosters().createActivity(id, good, List.of(new ShiftDraft("测血压", null,
                null, 0)))), "shifts.0.capacity", "volunteer.capacity.invalid");
        refused(() -> data.asAdmin(() -> rosters().createActivity(id, good, List.of(new ShiftDraft("测血压",
                start.minusHours(1), start.plusHours(1), 2)))), "shifts.0.startsAt", "volunteer.shift.outside");
        long otherCompound = jdbc.sql("select min(id) from compound where community_id <> ?").param(id)
                .query(Long.class).single();
        refused(() -> data.asAdmin(() -> rosters().createActivity(id, new ActivityDraft(good.title(), good.type(),
                good.place(), otherCompound, null, null, start, start.plusHours(3)), List.of(new ShiftDraft("登记",
                null, null, 2)))), "compoundId", "volunteer.compound.invalid");
        assertThat(rows("volunteer_activity")).isEqualTo(before);

        ActivityEntry created = data.asAdmin(() -> rosters().createActivity(id, good, List.of(
                new ShiftDraft(" 测血压 ", null, null, 2), new ShiftDraft("登记", start, start.plusHours(1), 1))));
        assertThat(created.title()).isEqualTo("社区义诊");
        assertThat(created.shifts()).extracting(ShiftEntry::role).containsExactly("测血压", "登记");
        assertThat(created.shifts().getFirst().endsAt()).as("a shift without times takes the activity's")
                .isEqualTo(start.plusHours(3));
        assertThat(data.asAdmin(() -> rosters().activitiesOn(id, start.toLocalDate()))).extracting(ActivityEntry::id)
                .containsExactly(created.id());
        // Another community's worker does not see it.
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER, () -> rosters().activity(created.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFullShiftOffersTheWaitingListWhichMovesUpWhenSomeoneCancels() {
        FreshCommunity community = data.community(4);
        List<Long> r = community.residentIds();
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusDays(1), 2);
        long shift = activity.shifts().getFirst().id();

        assertThat(data.asAdmin(() -> rosters().signUp(shift, r.get(0), false)).status()).isEqualTo(SignUpStatus.SIGNED_UP);
        assertThat(data.asAdmin(() -> rosters().signUp(shift, r.get(1), false)).status()).isEqualTo(SignUpStatus.SIGNED_UP);
        // Twice: nothing changes.
        assertThat(data.asAdmin(() -> rosters().signUp(shift, r.get(1), false)).status()).isEqualTo(SignUpStatus.SIGNED_UP);
        refused(() -> data.asAdmin(() -> rosters().signUp(shift, r.get(2), false)), "shiftId", "volunteer.shift.full");
        SignUpEntry third = data.asAdmin(() -> rosters().signUp(shift, r.get(2), true));
        assertThat(third.status()).isEqualTo(SignUpStatus.WAITING);
        assertThat(third.waitingPosition()).isEqualTo(1);
        assertThat(data.asAdmin(() -> rosters().signUp(shift, r.get(3), true)).waitingPosition()).isEqualTo(2);
        assertThat(data.asAdmin(() -> rosters().activity(activity.id())).shifts().getFirst())
                .satisfies(s -> assertThat(List.of(s.signedUp(), s.waiting())).containsExactly(2, 2));

        SignUpEntry cancelled = data.asAdmin(() -> rosters().cancel(shift, r.get(0)));
        assertThat(cancelled.status()).isEqualTo(SignUpStatus.CANCELLED);
        assertThat(jdbc.sql("select late_cancel from volunteer_signup where shift_id = ? and resident_id = ?")
                .params(shift, r.get(0)).query(Boolean.class).single()).as("a day ahead is not late").isFalse();
        Roster roster = data.asAdmin(() -> rosters().roster(activity.id()));
        assertThat(roster.lines()).filteredOn(line -> line.status() == SignUpStatus.SIGNED_UP)
                .extracting(RosterLine::residentId).containsExactlyInAnyOrder(r.get(1), r.get(2));
        assertThat(data.asAdmin(() -> rosters().signUp(shift, r.get(3), true)).waitingPosition())
                .as("the next on the list is now first").isEqualTo(1);
        refused(() -> data.asAdmin(() -> rosters().cancel(shift, r.get(0))), "residentId", "volunteer.signUp.none");
    }

    @Test
    void overlappingShiftsAndSigningUpAfterTheStartAreRefusedAndALateCancellationCounts() {
        FreshCommunity community = data.community(2);
        long resident = community.residentIds().getFirst();
        LocalDateTime soon = data.now().plusHours(2);
        ActivityEntry first = data.cleanUp(community.communityId(), soon, 5);
        ActivityEntry overlapping = data.cleanUp(community.communityId(), soon.plusHours(1), 5);
        ActivityEntry started = data.cleanUp(community.communityId(), data.now().minusMinutes(30), 5);

        data.asAdmin(() -> rosters().signUp(first.shifts().getFirst().id(), resident, false));
        refused(() -> data.asAdmin(() -> rosters().signUp(overlapping.shifts().getFirst().id(), resident, false)),
                "residentId", "volunteer.signUp.overlap");
        refused(() -> data.asAdmin(() -> rosters().signUp(started.shifts().getFirst().id(), resident, false)),
                "shiftId", "volunteer.signUp.started");
        long otherCommunity = data.community(1).residentIds().getFirst();
        refused(() -> data.asAdmin(() -> rosters().signUp(first.shifts().getFirst().id(), otherCommunity, false)),
                "residentId", "volunteer.resident.invalid");

        data.asAdmin(() -> rosters().cancel(first.shifts().getFirst().id(), resident));
        assertThat(jdbc.sql("select late_cancel from volunteer_signup where shift_id = ? and resident_id = ?")
                .params(first.shifts().getFirst().id(), resident).query(Boolean.class).single())
                .as("2 hours before the start is late").isTrue();
        // Cancelled, the other shift is free for them.
        assertThat(data.asAdmin(() -> rosters().signUp(overlapping.shifts().getFirst().id(), resident, false))
                .status()).isEqualTo(SignUpStatus.SIGNED_UP);
    }

    @Test
    void checkInAWalkInOutWithQuarterHoursAndUndoAMistakenTap() {
        FreshCommunity community = data.community(3);
        List<Long> r = community.residentIds();
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusMinutes(30), 5);
        long shift = activity.shifts().getFirst().id();
        data.asAdmin(() -> rosters().signUp(shift, r.get(0), false));
        data.asAdmin(() -> rosters().signUp(shift, r.get(1), false));

        RosterLine in = data.asAdmin(() -> rosters().checkIn(shift, r.get(0)));
        assertThat(in.present()).isTrue();
        LocalDateTime stored = jdbc.sql("select checked_in_at from volunteer_signup where shift_id = ? and resident_id = ?")
                .params(shift, r.get(0)).query(LocalDateTime.class).single();
        data.asAdmin(() -> rosters().checkIn(shift, r.get(0)));
        assertThat(jdbc.sql("select checked_in_at from volunteer_signup where shift_id = ? and resident_id = ?")
                .params(shift, r.get(0)).query(LocalDateTime.class).single()).as("twice changes nothing")
                .isEqualTo(stored);
        RosterLine walkIn = data.asAdmin(() -> rosters().checkIn(shift, r.get(2)));
        assertThat(walkIn.walkIn()).isTrue();
        Roster roster = data.asAdmin(() -> rosters().roster(activity.id()));
        assertThat(roster.present()).isEqualTo(2);
        assertThat(roster.expected()).isEqualTo(3);

        refused(() -> data.asAdmin(() -> rosters().checkOut(shift, r.get(1))), "residentId", "volunteer.notCheckedIn");
        refused(() -> data.asAdmin(() -> rosters().cancel(shift, r.get(0))), "residentId", "volunteer.cancel.checkedIn");
        // Checked in 1 h 10 min ago: out now, 1 h 15 min served (the nearest quarter hour).
        jdbc.sql("update volunteer_signup set checked_in_at = checked_in_at - interval '70' minute"
                + " where shift_id = ? and resident_id = ?").params(shift, r.get(0)).update();
        RosterLine out = data.asAdmin(() -> rosters().checkOut(shift, r.get(0)));
        assertThat(out.minutesServed()).isEqualTo(75);

        data.asAdmin(() -> {
            rosters().undoCheckIn(shift, r.get(2));
            return null;
        });
        assertThat(data.asAdmin(() -> rosters().roster(activity.id())).lines()).extracting(RosterLine::residentId)
                .as("the walk-in went off the roster").containsExactlyInAnyOrder(r.get(0), r.get(1));
        data.asAdmin(() -> {
            rosters().undoCheckIn(shift, r.get(0));
            return null;
        });
        assertThat(data.asAdmin(() -> rosters().roster(activity.id())).present()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'VOLUNTEER_%' and community_id = ?")
                .param(community.communityId()).query(Long.class).single()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void closingMarksTheNoShowsChecksOutWhoIsLeftAndHoursAreCorrectedWithAReasonOnly() {
        FreshCommunity community = data.community(4);
        List<Long> r = community.residentIds();
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusMinutes(30), 5);
        long shift = activity.shifts().getFirst().id();
        r.subList(0, 3).forEach(resident -> data.asAdmin(() -> rosters().signUp(shift, resident, false)));
        data.asAdmin(() -> rosters().checkIn(shift, r.get(0)));
        data.asAdmin(() -> rosters().checkIn(shift, r.get(1)));
        data.asAdmin(() -> rosters().checkOut(shift, r.get(1)));

        refused(() -> data.asAdmin(() -> rosters().correctHours(shift, r.get(1), 90, " ")), "reason",
                "volunteer.reason.required");
        refused(() -> data.asAdmin(() -> rosters().correctHours(shift, r.get(1), -15, "忘记签退")), "minutes",
                "volunteer.minutes.invalid");
        refused(() -> data.asAdmin(() -> rosters().correctHours(shift, r.get(1), null, "忘记签退")), "minutes",
                "volunteer.minutes.invalid");
        refused(() -> data.asAdmin(() -> rosters().correctHours(shift, r.get(2), 60, "忘记签到")), "residentId",
                "volunteer.notCheckedIn");
        RosterLine corrected = data.asAdmin(() -> rosters().correctHours(shift, r.get(1), 90, " 忘记签退，实际服务到结束 "));
        assertThat(corrected.minutesServed()).isEqualTo(90);
        assertThat(corrected.correctionReason()).isEqualTo("忘记签退，实际服务到结束");

        Roster closed = data.asAdmin(() -> rosters().closeActivity(activity.id()));
        assertThat(closed.activity().status()).isEqualTo(ActivityStatus.CLOSED);
        assertThat(closed.lines()).filteredOn(RosterLine::noShow).extracting(RosterLine::residentId)
                .containsExactly(r.get(2));
        assertThat(closed.lines()).filteredOn(line -> line.residentId() == r.get(0)).singleElement()
                .satisfies(line -> assertThat(line.checkedOutAt()).as("checked out at the close").isNotNull());
        assertThat(closed.lines()).filteredOn(line -> line.residentId() == r.get(1)).singleElement()
                .extracting(RosterLine::minutesServed).isEqualTo(90);
        refused(() -> data.asAdmin(() -> rosters().closeActivity(activity.id())), "status", "volunteer.activity.closed");
        refused(() -> data.asAdmin(() -> rosters().checkIn(shift, r.get(3))), "residentId", "volunteer.activity.closed");
        // The hours can still be corrected after the close.
        assertThat(data.asAdmin(() -> rosters().correctHours(shift, r.get(0), 120, "签退时间补录")).minutesServed())
                .isEqualTo(120);

        // Their records: the hours served, the no-show; a period that ends before it starts is refused.
        java.time.LocalDate today = data.now().toLocalDate();
        ServiceRecord served = data.asAdmin(() -> rosters().serviceRecord(r.get(1), today.minusDays(1), today.plusDays(1)));
        assertThat(served.served()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("周六卫生大扫除");
            assertThat(line.minutes()).isEqualTo(90);
        });
        assertThat(served.totalMinutes()).isEqualTo(90);
        ServiceRecord absent = data.asAdmin(() -> rosters().serviceRecord(r.get(2), today.minusDays(1), today.plusDays(1)));
        assertThat(absent.served()).isEmpty();
        assertThat(absent.noShows()).isEqualTo(1);
        assertThat(data.asAdmin(() -> rosters().serviceRecord(r.get(1), today.plusDays(2), today.plusDays(9)))
                .served()).as("another period").isEmpty();
        refused(() -> data.asAdmin(() -> rosters().serviceRecord(r.get(1), today, today.minusDays(1))), "to",
                "volunteer.period.invalid");
    }

    @Test
    void hoursAreRoundedToTheNearestQuarter() {
        assertThat(SignUp.roundedToQuarter(Duration.ofMinutes(7))).isZero();
        assertThat(SignUp.roundedToQuarter(Duration.ofMinutes(8))).isEqualTo(15);
        assertThat(SignUp.roundedToQuarter(Duration.ofMinutes(52))).isEqualTo(45);
        assertThat(SignUp.roundedToQuarter(Duration.ofMinutes(53))).isEqualTo(60);
        assertThat(SignUp.roundedToQuarter(Duration.ofMinutes(-5))).isZero();
    }
}
