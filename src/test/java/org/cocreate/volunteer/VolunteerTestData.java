package org.cocreate.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.base.RefusedException;
import org.cocreate.community.FreshCommunities;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ResidentTag;
import org.cocreate.security.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Activities for the roster tests, in a community of each test's own (a resident's shifts elsewhere would
 * overlap), created by the sub-district admin through the service.
 */
@Component
public class VolunteerTestData {

    public final RosterService rosters;
    public final VisitService visits;
    public final RunAs runAs;
    private final FreshCommunities communities;
    private final ResidentService residents;
    private final Clock clock;

    VolunteerTestData(RosterService rosters, VisitService visits, FreshCommunities communities,
            ResidentService residents, UserDetailsService userDetails, Clock clock) {
        this.rosters = rosters;
        this.visits = visits;
        this.communities = communities;
        this.residents = residents;
        this.runAs = new RunAs(userDetails);
        this.clock = clock;
    }

    public FreshCommunity community(int residents) {
        return communities.create("志愿测试社区", "志愿者", residents);
    }

    /** Now, to the minute: what the tests count from. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    /** A clean-up from {@code start} for two hours with one shift of {@code capacity} (清扫). */
    public ActivityEntry cleanUp(long communityId, LocalDateTime start, int capacity) {
        return asAdmin(() -> rosters.createActivity(communityId, new ActivityDraft("周六卫生大扫除",
                ActivityType.CLEAN_UP, "小区中心广场", null, null, null, start, start.plusHours(2)),
                List.of(new ShiftDraft("清扫", null, null, capacity))));
    }

    /** The action is refused at {@code field} with the message {@code key}. */
    public static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }

    /** Tags the resident as elderly in the register (for the visits due). */
    public void elderly(long residentId) {
        asAdmin(() -> {
            ResidentDraft draft = residents.edit(residentId);
            var tags = EnumSet.of(ResidentTag.ELDERLY);
            tags.addAll(draft.tags());
            residents.update(residentId, new ResidentDraft(draft.name(), draft.gender(), draft.birthYear(),
                    draft.phone(), draft.householdId(), draft.notes(), tags));
            return null;
        });
    }

    /** A visit {@code daysAgo} days ago, of 30 minutes, checking the gas, recorded by the sub-district admin. */
    public VisitEntry visit(long communityId, long visitedId, List<Long> volunteerIds, int daysAgo) {
        return asAdmin(() -> visits.record(communityId, new VisitDraft(visitedId, volunteerIds,
                now().minusDays(daysAgo), 30, java.util.Set.of(VisitCheck.GAS), null, false)));
    }

    public <T> T asAdmin(java.util.function.Supplier<T> action) {
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, action);
    }
}
