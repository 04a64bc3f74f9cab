package org.cocreate.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.points.GrantService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Items, redemption days and residents with points in 文峰塔社区, made through the services, for the exchange
 * tests: the service tests and the screens' tests. Names are unique, since the tests share one database.
 */
@Component
public class ExchangeTestData {

    public static final String WENFENG = "文峰塔社区";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final CatalogueService catalogue;
    public final RedemptionService redemptions;
    public final PointsService points;
    public final GrantService grantService;
    final PointsSettingsService settings;
    final ScoringStandardService standards;
    public final ResidentService residents;
    final CurrentUser currentUser;
    public final CommunityTestData communities;
    public final RunAs runAs;
    public final Clock clock;

    @SuppressWarnings("java:S107")
    ExchangeTestData(CatalogueService catalogue, RedemptionService redemptions, PointsService points, GrantService grantService, PointsSettingsService settings,
            ScoringStandardService standards, ResidentService residents, CommunityTestData communities, CurrentUser currentUser,
            UserDetailsService userDetails, Clock clock) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.points = points;
        this.grantService = grantService;
        this.settings = settings;
        this.standards = standards;
        this.residents = residents;
        this.currentUser = currentUser;
        this.communities = communities;
        this.runAs = new RunAs(userDetails);
        this.clock = clock;
    }

    /** 文峰塔社区, where the demo's scoring standard is. */
    public long community() {
        return communities.community(WENFENG);
    }


    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String unique(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A new item of 文峰塔社区 with the stock received, made by its admin. */
    public CatalogueItem item(String name, long price, int stock, @Nullable Integer dailyLimit) {
        long community = communities.community(WENFENG);
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> {
            CatalogueItem item = catalogue.createItem(community, new ItemDraft(ItemKind.GOODS,
                    unique(name), "袋", Points.of(price), dailyLimit, 2, true));
            if (stock > 0) {
                catalogue.receive(item.id(), stock, null, "test");
            }
            return item;
        });
    }

    /** A redemption day of 文峰塔社区 offering the items at their book stock. */
    public SessionEntry openSession(CatalogueItem... offered) {
        return openSession(List.of(offered));
    }

    public SessionEntry openSession(List<CatalogueItem> offered) {
        long community = communities.community(WENFENG);
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> redemptions.openSession(community, today(), unique("测试兑换点"),
                offered.stream().map(i -> new OfferedItem(i.id(), null, stock(i.id()), null)).toList()));
    }

    public int stock(long itemId) {
        long community = community();
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> catalogue.catalogue(community).stream()
                .filter(c -> c.id() == itemId).findFirst().orElseThrow().stock());
    }

    public long balance(long resident) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> points.balance(resident).value());
    }

    public String name(long resident) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> residents.get(resident).name());
    }

    public Receipt redeem(long session, long resident, String counter, BasketLine... lines) {
        return runAs.get(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session, resident,
                List.of(lines), UUID.randomUUID().toString(), counter)));
    }

    /**
     * A new resident of 文峰塔社区 with {@code hours} hours of volunteering granted (2 points an hour), posted
     * (at most 40 hours: the rule's monthly cap is 60).
     */
    public long residentWithPoints(int hours) {
        return residentWithPoints(unique("兑换测试"), hours);
    }

    /** The same, with the name the test searches for at the counter. */
    public long residentWithPoints(String name, int hours) {
        long community = communities.community(WENFENG);
        long resident = runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            var draft = ResidentDraft.of(name,
                    residents.list(community, null, "", 0, 1).getFirst().household().id());
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
                    runAs.run(DemoUsers.WENFENG_WORKER, () -> grantService.grant(new GrantCommand(resident, rule, now, on,
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
