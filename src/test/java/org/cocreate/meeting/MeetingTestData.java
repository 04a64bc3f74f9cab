package org.cocreate.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.CommunityTestData;
import org.cocreate.community.FreshCommunities;
import org.cocreate.security.RunAs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Meetings for the meeting tests, called through the services: in 文峰塔社区 by its worker with residents of
 * the demo, or in a community of their own (for what changes a community for everybody, like adopting its
 * scoring standard). Titles are unique, since the tests share one database.
 */
@Component
public class MeetingTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final MeetingService meetings;
    public final VotingService voting;
    public final CommunityTestData communities;
    public final RunAs runAs;
    private final FreshCommunities freshCommunities;
    private final JdbcClient jdbc;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    MeetingTestData(MeetingService meetings, VotingService voting, CommunityTestData communities,
            FreshCommunities freshCommunities, UserDetailsService userDetails, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.voting = voting;
        this.communities = communities;
        this.freshCommunities = freshCommunities;
        this.runAs = new RunAs(userDetails);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Residents of a community, in the order they were registered, from the offset on. */
    public List<Long> residents(String community, int offset, int count) {
        return jdbc.sql("select id from resident where community_id = ? order by id limit ? offset ?")
                .params(communities.community(community), count, offset).query(Long.class).list();
    }

    public String uniqueTitle(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }

    /** A consultation of 文峰塔社区 today, called by its worker, with these residents invited. */
    public MeetingEntry meeting(MeetingType type, List<Long> invited) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> {
            LocalDateTime start = LocalDateTime.now(clock).withSecond(0).withNano(0);
            MeetingEntry meeting = meetings.schedule(communities.wenfeng(), new MeetingDraft(type,
                    uniqueTitle("居民议事会"), "社区党群服务中心", start, start.plusHours(2)));
            meetings.invite(meeting.id(), invited);
            return meeting;
        });
    }

    /** The meeting open, these members checked in. */
    public void openWith(long meetingId, List<Long> present) {
        runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            meetings.open(meetingId);
            present.forEach(id -> meetings.checkIn(meetingId, id));
        });
    }

    /** A community of its own with a compound, a building, a household and this many residents in it. */
    public Fresh freshCommunity(int residentCount) {
        var fresh = freshCommunities.create("议事测试社区", "代表", residentCount);
        return new Fresh(fresh.communityId(), fresh.residentIds());
    }

    public record Fresh(long communityId, List<Long> residentIds) {
    }
}
