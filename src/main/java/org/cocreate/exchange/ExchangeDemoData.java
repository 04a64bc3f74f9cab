package org.cocreate.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.base.Recorded;
import org.cocreate.base.DeviceInfo;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.points.Points;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's exchange counter: 文峰塔社区's catalogue of everyday goods and two services, stock bought
 * and donated by named sponsors, and a redemption day open today at the community's service centre.
 * Loaded once into an empty database, only in the "demo" profile.
 */
@Component
@Profile("demo")
@Order(30)
class ExchangeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

    private record Item(ItemKind kind, String name, String unit, long price, @Nullable Integer limit, int threshold,
            int bought, @Nullable String sponsor, int donated) {
    }

    private static final List<Item> CATALOGUE = List.of(
            new Item(ItemKind.GOODS, "卫生纸", "提", 30, 2, 10, 60, "永辉超市", 40),
            new Item(ItemKind.GOODS, "洗衣粉", "袋", 20, 2, 10, 80, null, 0),
            new Item(ItemKind.GOODS, "食用油", "瓶", 80, 1, 5, 20, "鲁花粮油", 20),
            new Item(ItemKind.GOODS, "大米", "袋", 100, 1, 5, 30, null, 0),
            new Item(ItemKind.GOODS, "香皂", "块", 10, 3, 10, 100, "爱心企业华润", 50),
            new Item(ItemKind.GOODS, "牙膏", "支", 15, 2, 10, 3, null, 0),
            new Item(ItemKind.SERVICE, "理发", "次", 30, 1, 2, 20, "红叶理发店", 20),
            new Item(ItemKind.SERVICE, "家电维修", "次", 50, 1, 2, 10, null, 0));

    private final ExchangeItemRepository items;
    private final StockMovementRepository movements;
    private final RedemptionSessionRepository sessions;
    private final SessionItemRepository sessionItems;
    private final RegisterDirectory register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ExchangeDemoData(ExchangeItemRepository items, StockMovementRepository movements,
            RedemptionSessionRepository sessions, SessionItemRepository sessionItems, RegisterDirectory register,
            TransactionTemplate transaction, Clock clock) {
        this.items = items;
        this.movements = movements;
        this.sessions = sessions;
        this.sessionItems = sessionItems;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (movements.count() > 0) {
                return;
            }
            Long wenfeng = register.communityNamed("文峰塔社区").orElse(null);
            if (wenfeng == null) {
                return;
            }
            LocalDateTime bought = LocalDateTime.now(clock).minusDays(7).withHour(10).withMinute(0);
            List<ExchangeItem> created = new ArrayList<>();
            for (Item seed : CATALOGUE) {
                ExchangeItem item = items.save(new ExchangeItem(wenfeng, new ItemDraft(seed.kind(), seed.name(),
                        seed.unit(), Points.of(seed.price()), seed.limit(), seed.threshold(), true)));
                receive(item, seed.bought(), null, bought);
                if (seed.sponsor() != null) {
                    receive(item, seed.donated(), seed.sponsor(), bought.plusHours(2));
                }
                created.add(item);
            }
            LocalDate today = LocalDate.now(clock);
            RedemptionSession session = sessions.save(new RedemptionSession(wenfeng, today, "文峰塔社区党群服务中心",
                    "wenfeng_admin", today.atTime(8, 30)));
            for (ExchangeItem item : created) {
                sessionItems.save(new SessionItem(session.id(), item.id(), item.getDailyLimit(), item.getStock()));
            }
            log.info("Demo exchange: {} items in 文峰塔社区, a redemption day open today", created.size());
        });
    }

    private void receive(ExchangeItem item, int quantity, @Nullable String sponsor, LocalDateTime at) {
        int after = item.change(quantity);
        movements.save(new StockMovement(item, MovementKind.RECEIPT, quantity, after, sponsor, null, null, null,
                Recorded.of("demo", at, DeviceInfo.UNKNOWN)));
    }
}
