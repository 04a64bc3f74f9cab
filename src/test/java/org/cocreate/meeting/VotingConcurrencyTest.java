package org.cocreate.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.RefusedException;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A residents' assembly of 200 members voting from their phones: each votes and changes their vote a few
 * times from a thread of their own while the secretary closes the item in the middle of it. Whatever the
 * interleaving, the tally kept at the close equals the votes recorded, each member is counted at most once,
 * and every member's recorded vote is the last one their phone was told was accepted: nothing is accepted
 * after the close. Runs on H2 and on PostgreSQL.
 */
@ServiceTest
class VotingConcurrencyTest {

    private static final int MEMBERS = 200;
    private static final int CHANGES = 4;

    @Autowired
    MeetingTestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredPhonesVoteAndChangeWhileTheItemClosesAndNothingIsCountedTwiceOrLate() throws Exception {
        MeetingTestData.Fresh fresh = data.freshCommunity(MEMBERS);
        Map<Long, String> tokens = new ConcurrentHashMap<>();
        ItemEntry item = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            LocalDateTime start = LocalDateTime.now().withNano(0);
            MeetingEntry meeting = data.meetings.schedule(fresh.communityId(), new MeetingDraft(
                    MeetingType.REPRESENTATIVES, "居民代表大会", "礼堂", start, start.plusHours(3)));
            data.meetings.invite(meeting.id(), fresh.residentIds());
            data.meetings.open(meeting.id());
            for (long member : fresh.residentIds()) {
                data.meetings.checkIn(meeting.id(), member);
                tokens.put(member, data.meetings.issueBallot(meeting.id(), member));
            }
            ItemEntry added = data.meetings.addItem(meeting.id(), ItemDraft.topic("是否启用维修资金更换电梯"));
            return data.voting.openVote(added.id());
        });

        Map<Long, VoteChoice> lastAccepted = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (long member : fresh.residentIds()) {
            done.add(pool.submit(() -> {
                Random random = new Random(member);
                start.await();
                for (int i = 0; i < CHANGES; i++) {
                    VoteChoice choice = VoteChoice.values()[random.nextInt(3)];
                    try {
                        Ballot told = RunAs.nobody(() -> data.voting.castBallot(tokens.get(member), item.id(), choice));
                        lastAccepted.put(member, java.util.Objects.requireNonNull(told.myVote()));
                    } catch (RefusedException closed) {
                        if (!"meeting.item.notVoting".equals(closed.messageKey())) {
                            unexpected.add(closed);
                        }
                        return null;
                    } catch (Throwable other) {
                        unexpected.add(other);
                        return null;
                    }
                }
                return null;
            }));
        }
        Future<ItemEntry> closing = pool.submit(() -> {
            start.await();
            Thread.sleep(150);
            return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> data.voting.closeItem(item.id(), org.cocreate.meeting.ItemDecision.of(null)));
        });
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        ItemEntry closed = closing.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(closed.status()).isEqualTo(ItemStatus.CLOSED);
        Map<Long, VoteChoice> recorded = new java.util.HashMap<>();
        jdbc.sql("select resident_id, choice from meeting_vote where item_id = ?").param(item.id())
                .query((row, n) -> recorded.put(row.getLong(1), VoteChoice.valueOf(row.getString(2)))).list();
        assertThat(recorded).as("each member's vote is the last their phone was told was accepted")
                .isEqualTo(lastAccepted);
        Tally tally = closed.tally();
        assertThat(tally.cast()).isEqualTo(recorded.size());
        assertThat(tally.votesFor()).isEqualTo(count(recorded, VoteChoice.FOR));
        assertThat(tally.against()).isEqualTo(count(recorded, VoteChoice.AGAINST));
        assertThat(tally.abstain()).isEqualTo(count(recorded, VoteChoice.ABSTAIN));
        assertThat(tally.present()).isEqualTo(MEMBERS);
        System.out.printf("Voting concurrency: %d of %d members' votes counted at the close (%d for, %d against,"
                + " %d abstaining)%n", tally.cast(), MEMBERS, tally.votesFor(), tally.against(), tally.abstain());
    }

    private static long count(Map<Long, VoteChoice> votes, VoteChoice choice) {
        return votes.values().stream().filter(choice::equals).count();
    }
}
