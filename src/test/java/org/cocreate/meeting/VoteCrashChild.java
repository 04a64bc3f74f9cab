package org.cocreate.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.KillNine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The child JVM of VoteCrashTest: the application on an H2 file, a meeting of 文峰塔社区 with its members
 * checked in and a personal ballot link each; every round opens a new item and votes on it from the members'
 * phones, printing "ACK item:resident" only after each vote's transaction has committed, until it is killed.
 * Arguments: the H2 file path and the round number.
 */
public final class VoteCrashChild {

    private static final int MEMBERS = 20;

    private VoteCrashChild() {
    }

    public static void main(String[] args) {
        KillNine.child(args, VoteCrashChild::run);
    }

    private static void run(ConfigurableApplicationContext context, String round) {
        KillNine.signIn(context, DemoUsers.WENFENG_WORKER);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        MeetingService meetings = context.getBean(MeetingService.class);
        VotingService voting = context.getBean(VotingService.class);
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> members = jdbc.sql("select id from resident where community_id = ? order by id limit ?")
                .params(community, MEMBERS).query(Long.class).list();
        long meetingId = jdbc.sql("select id from meeting where title = 'crash-test'").query(Long.class).optional()
                .orElseGet(() -> {
                    LocalDateTime start = LocalDateTime.now().withNano(0);
                    MeetingEntry meeting = meetings.schedule(community, new MeetingDraft(MeetingType.CONSULTATION,
                            "crash-test", "crash-test", start, start.plusHours(4)));
                    meetings.invite(meeting.id(), members);
                    meetings.open(meeting.id());
                    members.forEach(member -> meetings.checkIn(meeting.id(), member));
                    return meeting.id();
                });
        // The vote of the round before stopped with the kill: closed now, and a new item opened.
        meetings.items(meetingId).stream().filter(item -> item.status() == ItemStatus.VOTING)
                .forEach(item -> voting.closeItem(item.id(), org.cocreate.meeting.ItemDecision.of(null)));
        ItemEntry item = meetings.addItem(meetingId, ItemDraft.topic("crash-test " + round));
        voting.openVote(item.id());
        List<String> tokens = new ArrayList<>();
        members.forEach(member -> tokens.add(meetings.issueBallot(meetingId, member)));
        System.out.println("READY");
        System.out.flush();
        VoteChoice[] choices = VoteChoice.values();
        for (int i = 0; ; i++) {
            int member = i % MEMBERS;
            voting.castBallot(tokens.get(member), item.id(), choices[(i / MEMBERS + member) % 3]);
            System.out.println("ACK " + item.id() + ":" + members.get(member));
            System.out.flush();
        }
    }
}
