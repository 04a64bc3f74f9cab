package org.cocreate.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cocreate.ServiceTest;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A busy sign-up and a busy door: 50 residents signed up for a shift of 10 from 50 threads at once (exactly 10
 * in, the other 40 waiting in the order their sign-ups were taken, each told its place), and two tablets
 * checking the same volunteer in at the same moment (one check-in). Runs on H2 and on PostgreSQL.
 */
@ServiceTest
class RosterConcurrencyTest {

    private static final int RESIDENTS = 50;
    private static final int CAPACITY = 10;

    @Autowired
    VolunteerTestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftySignUpsForTenPlacesAndTwoTabletsCheckingOnePersonIn() throws Exception {
        FreshCommunity community = data.community(RESIDENTS);
        ActivityEntry activity = data.cleanUp(community.communityId(), data.now().plusDays(1), CAPACITY);
        long shift = activity.shifts().getFirst().id();

        Map<Long, SignUpEntry> told = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        all(community.residentIds().size(), i -> () -> {
            long resident = community.residentIds().get(i);
            told.put(resident, data.asAdmin(() -> data.rosters.signUp(shift, resident, true)));
            return null;
        }, unexpected);

        assertThat(unexpected).isEmpty();
        assertThat(told).hasSize(RESIDENTS);
        assertThat(told.values()).filteredOn(s -> s.status() == SignUpStatus.SIGNED_UP).hasSize(CAPACITY);
        List<Long> order = jdbc.sql("""
                select resident_id from volunteer_signup where shift_id = ? and status = 'WAITING'
                order by signed_up_at, id""").param(shift).query(Long.class).list();
        assertThat(order).hasSize(RESIDENTS - CAPACITY);
        for (int place = 0; place < order.size(); place++) {
            assertThat(told.get(order.get(place)).waitingPosition()).as("the place each was told")
                    .isEqualTo(place + 1);
        }
        ShiftEntry counted = data.asAdmin(() -> data.rosters.activity(activity.id())).shifts().getFirst();
        assertThat(List.of(counted.signedUp(), counted.waiting())).containsExactly(CAPACITY, RESIDENTS - CAPACITY);

        // Two tablets at the door tap the same volunteer in at once.
        long volunteer = order.getFirst();
        all(2, i -> () -> data.asAdmin(() -> data.rosters.checkIn(shift, volunteer)), unexpected);
        assertThat(unexpected).isEmpty();
        assertThat(jdbc.sql("select count(*) from volunteer_signup where shift_id = ? and resident_id = ?")
                .params(shift, volunteer).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'VOLUNTEER_CHECKED_IN' and community_id = ?""")
                .param(community.communityId()).query(Long.class).single()).as("one check-in").isEqualTo(1);
    }

    /** Runs {@code count} tasks at the same moment from threads of their own; what they throw is collected. */
    private static void all(int count, java.util.function.IntFunction<Supplier<Object>> task, List<Throwable> thrown)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Supplier<Object> work = task.apply(i);
            done.add(pool.submit(() -> {
                start.await();
                try {
                    work.get();
                } catch (Throwable e) {
                    thrown.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }
}
