package org.cocreate.exchange.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.ExchangeService;
import org.cocreate.exchange.ItemDraft;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.OfferedItem;
import org.cocreate.exchange.Receipt;
import org.cocreate.exchange.RedeemCommand;
import org.cocreate.exchange.SessionEntry;
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

/** Items, days and residents with points in 文峰塔社区, made through the services, for the redemption day screens. */
@Component
class SessionsTestData {

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
    SessionsTestData(ExchangeService exchange, PointsService points, PointsSettingsService settings,
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

    long community() {
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> currentUser.communities().stream()
                .filter(c -> c.name().equals(WENFENG)).findFirst().orElseThrow().id());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String unique(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A new item with a unique name and the stock received, made by the community's admin. */
    CatalogueItem item(String name, long price, int stock, Integer dailyLimit) {
        long community = community();
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> {
            CatalogueItem item = exchange.createItem(community, new ItemDraft(ItemKind.GOODS, unique(name), "袋",
                    Points.of(price), dailyLimit, 2, true));
            exchange.receive(item.id(), stock, null, "test");
            return item;
        });
    }

    /** A day opened by the admin, offering the items at their book stock. */
    SessionEntry openSession(List<CatalogueItem> offered) {
        long community = community();
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> exchange.openSession(community, today(), unique("测试兑换点"),
                offered.stream().map(i -> new OfferedItem(i.id(), null, stock(i.id()), null)).toList()));
    }

    int stock(long itemId) {
        long community = community();
        return runAs.get(DemoUsers.WENFENG_ADMIN, () -> exchange.catalogue(community).stream()
                .filter(c -> c.id() == itemId).findFirst().orElseThrow().stock());
    }

    long balance(long resident) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> points.balance(resident).value());
    }

    String name(long resident) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> residents.get(resident).name());
    }

    Receipt redeem(long session, long resident, String counter, BasketLine... lines) {
        return runAs.get(DemoUsers.COUNTER, () -> exchange.redeem(new RedeemCommand(session, resident,
                List.of(lines), UUID.randomUUID().toString(), counter)));
    }

    /** A new resident with {@code hours} (at most 8) hours of volunteering posted at once: 2 points an hour. */
    long residentWithPoints(int hours) {
        long community = community();
        long resident = runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            var draft = new ResidentDraft();
            draft.setName(unique("兑换日测试"));
            draft.setHouseholdId(residents.list(community, null, "", 0, 1).getFirst().household().id());
            return residents.register(community, draft);
        });
        long rule = runAs.get(DemoUsers.WENFENG_WORKER, () -> standards.rules(
                standards.inEffect(community, today()).orElseThrow().id()).stream()
                .filter(r -> r.content().name().equals("志愿服务")).findFirst().orElseThrow().id());
        runAs.run(DemoUsers.WENFENG_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(1_000_000, 0, null)));
        try {
            runAs.run(DemoUsers.WENFENG_WORKER, () -> points.grant(new GrantCommand(resident, rule, hours, today(),
                    null, null)));
        } finally {
            runAs.run(DemoUsers.WENFENG_ADMIN,
                    () -> settings.update(community, new CommunityPointsSettings(20, 3, null)));
        }
        return resident;
    }
}
