package org.cocreate.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Items, redemption days and residents with points, made through the services, for the exchange tests. */
@Component
class ExchangeTestData {

    static final String WENFENG = "文峰塔社区";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final ExchangeService exchange;
    final PointsService points;
    final PointsSettingsService settings;
    final ScoringStandardService standards;
    final ResidentService residents;
    final CurrentUser currentUser;
    final RunAs runAs;
    final Clock clock;

    @SuppressWarnings("java:S107")
    ExchangeTestData(ExchangeService exchange, PointsService points, PointsSettingsService settings,
            ScoringStandardService standards, ResidentService residents, CurrentUser currentUser,
            UserDetailsService userDetails, Clock clock) {
        this.exchange = exchange;
        this.points = points;
        this.settings = settings;
        this.standards = standards;
        this.residents = residents;
        this.currentUser = currentUser;
        this.runAs = new RunAs(userDetails);
        this.clock = clock;
    }

    long community(String name) {
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> currentUser.communities().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().id());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new item of 文峰塔社区 with the stock received, made by its admin. */
    CatalogueItem item(String name, long price, int stock, Integer dailyLimit) {
        long community = community(WENFENG);
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> {
            CatalogueItem item = exchange.createItem(community, new ItemDraft(ItemKind.GOODS,
                    name + SEQUENCE.incrementAndGet(), "袋", Points.of(price), dailyLimit, 2, true));
            if (stock > 0) {
                exchange.receive(item.id(), stock, null, "test");
            }
            return item;
        });
    }

    /** A redemption day of 文峰塔社区 offering the items at their book stock. */
    SessionEntry openSession(List<CatalogueItem> offered) {
        long community = community(WENFENG);
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> exchange.openSession(community, today(), "测试兑换点",
                offered.stream().map(i -> new OfferedItem(i.id(), null,
                        exchange.catalogue(community).stream().filter(c -> c.id() == i.id()).findFirst().orElseThrow()
                                .stock(), null)).toList()));
    }

    /**
     * A new resident of 文峰塔社区 with {@code hours} hours of volunteering granted (2 points an hour), posted
     * (at most 40 hours: the rule's monthly cap is 60).
     */
    long residentWithPoints(int hours) {
        long community = community(WENFENG);
        long resident = runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            var draft = new ResidentDraft();
            draft.setName("兑换测试" + SEQUENCE.incrementAndGet());
            draft.setHouseholdId(residents.list(community, null, "", 0, 1).getFirst().household().id());
            return residents.register(community, draft);
        });
        if (hours > 0) {
            long rule = runAs.get(DemoUsers.WENFENG_WORKER, () -> standards.rules(
                    standards.inEffect(community, today()).orElseThrow().id()).stream()
                    .filter(r -> r.content().name().equals("志愿服务")).findFirst().orElseThrow().id());
            runAs.run(DemoUsers.WENFENG_ADMIN,
                    () -> settings.update(community, new CommunityPointsSettings(1_000_000, 0, null)));
            try {
                // Volunteering is capped at 8 hours a day: more hours go on earlier days.
                int left = hours;
                for (LocalDate day = today(); left > 0; day = day.minusDays(1)) {
                    int now = Math.min(8, left);
                    LocalDate on = day;
                    runAs.run(DemoUsers.WENFENG_WORKER, () -> points.grant(new GrantCommand(resident, rule, now, on,
                            null, null)));
                    left -= now;
                }
            } finally {
                runAs.run(DemoUsers.WENFENG_ADMIN,
                        () -> settings.update(community, CommunityPointsSettings.defaults()));
            }
        }
        return resident;
    }
}
