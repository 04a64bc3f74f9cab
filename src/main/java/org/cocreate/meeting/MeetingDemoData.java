package org.cocreate.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.community.RegisterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's meeting: 带谟阁社区's residents' representatives called for tomorrow evening, twelve members
 * invited and two topics on the agenda, ready for the secretary to open, check in and vote (the proposals
 * still being discussed can be added from its page). Loaded once into an empty database, only in "demo".
 */
@Component
@Profile("demo")
@Order(50)
class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

    private final MeetingRepository meetings;
    private final MeetingMemberRepository members;
    private final MeetingItemRepository items;
    private final RegisterDirectory register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MeetingDemoData(MeetingRepository meetings, MeetingMemberRepository members, MeetingItemRepository items,
            RegisterDirectory register, TransactionTemplate transaction, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.items = items;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (meetings.count() > 0) {
                return;
            }
            Long daimoge = register.communityNamed("带谟阁社区").orElse(null);
            List<Long> residents = daimoge == null ? List.of() : register.residentIdsOf(daimoge);
            if (daimoge == null || residents.size() < 32) {
                return;
            }
            LocalDateTime start = LocalDateTime.now(clock).plusDays(1).withHour(19).withMinute(0).withSecond(0)
                    .withNano(0);
            Meeting meeting = meetings.save(new Meeting(daimoge, new MeetingDraft(MeetingType.REPRESENTATIVES,
                    "带谟阁社区居民代表大会", "社区党群服务中心二楼会议室", start, start.plusHours(2)), MeetingRule.DEFAULT,
                    "daimo_worker", LocalDateTime.now(clock)));
            residents.subList(20, 32).forEach(id -> members.save(new MeetingMember(meeting.id(), id, false)));
            items.save(new MeetingItem(meeting.id(), 1, ItemKind.TOPIC, null, null, "小区停车位划线与收费方案"));
            items.save(new MeetingItem(meeting.id(), 2, ItemKind.TOPIC, null, null, "春节邻里百家宴的时间和分工"));
            log.info("Demo meeting: {}", meeting.getTitle());
        });
    }
}
