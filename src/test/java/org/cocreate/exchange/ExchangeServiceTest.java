package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.points.InsufficientPointsException;
import org.cocreate.points.Points;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ExchangeServiceTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    ExchangeTestData data;
    @Autowired
    JdbcClient jdbc;

    private Receipt redeem(long session, long resident, String key, BasketLine... lines) {
        return data.runAs.get(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session, resident,
                List.of(lines), key, "1号台")));
    }

    private long balance(long resident) {
        return data.runAs.get(DemoUsers.COUNTER, () -> data.points.balance(resident).value());
    }

    private int stock(long item) {
        return jdbc.sql("select stock from exchange_item where id = ?").param(item).query(Integer.class).single();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aRedemptionDebitsThePointsTakesTheStockAndWritesTheReceiptOnceForItsKey() {
        CatalogueItem soap = data.item("香皂", 10, 20, 3);
        CatalogueItem rice = data.item("大米", 25, 5, 1);
        SessionEntry session = data.openSession(List.of(soap, rice));
        long resident = data.residentWithPoints(40);
        assertThat(balance(resident)).isEqualTo(80);

        String key = UUID.randomUUID().toString();
        Receipt receipt = redeem(session.id(), resident, key, new BasketLine(soap.id(), 2), new BasketLine(rice.id(), 1));

        assertThat(receipt.points()).isEqualTo(45);
        assertThat(receipt.balanceAfter()).isEqualTo(35);
        assertThat(receipt.lines()).extracting(Receipt.ReceiptLine::quantity).containsExactlyInAnyOrder(2, 1);
        assertThat(receipt.counterName()).isEqualTo("1号台");
        assertThat(balance(resident)).isEqualTo(35);
        assertThat(stock(soap.id())).isEqualTo(18);
        assertThat(stock(rice.id())).isEqualTo(4);

        long redemptionRows = rows("redemption");
        long movements = rows("stock_movement");
        Receipt again = redeem(session.id(), resident, key, new BasketLine(soap.id(), 2), new BasketLine(rice.id(), 1));
        assertThat(again.redemptionId()).isEqualTo(receipt.redemptionId());
        assertThat(rows("redemption")).isEqualTo(redemptionRows);
        assertThat(rows("stock_movement")).isEqualTo(movements);
        assertThat(balance(resident)).isEqualTo(35);

        CounterResident atCounter = data.runAs.get(DemoUsers.COUNTER, () -> redemptions.atCounter(session.id(), resident));
        assertThat(atCounter.balance()).isEqualTo(35);
        assertThat(atCounter.remainingToday()).containsEntry(soap.id(), 1).containsEntry(rice.id(), 0);
    }

    @Test
    void everyRefusalSaysWhyAndChangesNothing() {
        CatalogueItem oil = data.item("食用油", 30, 1, 1);
        CatalogueItem paper = data.item("卫生纸", 5, 10, 2);
        SessionEntry session = data.openSession(List.of(oil, paper));
        long poor = data.residentWithPoints(5);
        long rich = data.residentWithPoints(40);
        long redemptionRows = rows("redemption");

        assertThatThrownBy(() -> redeem(session.id(), poor, UUID.randomUUID().toString(), new BasketLine(oil.id(), 1)))
                .isInstanceOf(InsufficientPointsException.class);
        assertThatThrownBy(() -> redeem(session.id(), rich, UUID.randomUUID().toString(), new BasketLine(paper.id(), 3)))
                .isInstanceOfSatisfying(DailyLimitException.class,
                        e -> assertThat(e.arguments()).containsExactly(paper.name(), 2, 0, "袋"));
        redeem(session.id(), rich, UUID.randomUUID().toString(), new BasketLine(oil.id(), 1));
        assertThatThrownBy(() -> redeem(session.id(), poor, UUID.randomUUID().toString(), new BasketLine(oil.id(), 1)))
                .as("the debit comes first").isInstanceOf(InsufficientPointsException.class);
        long other = data.residentWithPoints(40);
        assertThatThrownBy(() -> redeem(session.id(), other, UUID.randomUUID().toString(), new BasketLine(oil.id(), 1)))
                .isInstanceOfSatisfying(OutOfStockException.class,
                        e -> assertThat(e.arguments()).containsExactly(oil.name(), 0, 1, "袋"));
        assertThatThrownBy(() -> redeem(session.id(), other, UUID.randomUUID().toString()))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey").isEqualTo("exchange.basket.empty");

        assertThat(rows("redemption")).isEqualTo(redemptionRows + 1);
        assertThat(balance(poor)).isEqualTo(10);
        assertThat(balance(other)).isEqualTo(80);
        assertThat(stock(paper.id())).isEqualTo(10);
        long community = data.communities.community(ExchangeTestData.WENFENG);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> catalogue.stockCheck(community))).isEmpty();
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> data.points.ledgerCheck(community))).isEmpty();
    }

    @Test
    void aVoidGivesThePointsBackAndPutsTheGoodsBackTheSameDayOnly() {
        CatalogueItem soap = data.item("香皂", 10, 5, null);
        SessionEntry session = data.openSession(List.of(soap));
        long resident = data.residentWithPoints(10);
        Receipt receipt = redeem(session.id(), resident, UUID.randomUUID().toString(), new BasketLine(soap.id(), 2));
        assertThat(balance(resident)).isEqualTo(0);

        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> redemptions.voidRedemption(receipt.redemptionId(),
                "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_WORKER,
                () -> redemptions.voidRedemption(receipt.redemptionId(), "拿错了")))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey")
                .isEqualTo("exchange.void.notAllowed");
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN,
                () -> redemptions.voidRedemption(receipt.redemptionId(), " ")))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey")
                .isEqualTo("exchange.reason.required");

        Receipt voided = data.runAs.get(DemoUsers.WENFENG_ADMIN,
                () -> redemptions.voidRedemption(receipt.redemptionId(), "拿错了"));
        assertThat(voided.status()).isEqualTo(RedemptionStatus.VOIDED);
        assertThat(balance(resident)).isEqualTo(20);
        assertThat(stock(soap.id())).isEqualTo(5);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN,
                () -> redemptions.voidRedemption(receipt.redemptionId(), "again")))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey").isEqualTo("exchange.void.already");

        jdbc.sql("update redemption set created_at = created_at - interval '1' day where id = ?")
                .param(redeem(session.id(), resident, UUID.randomUUID().toString(), new BasketLine(soap.id(), 1))
                        .redemptionId()).update();
        long yesterday = jdbc.sql("select max(id) from redemption where resident_id = ?").param(resident)
                .query(Long.class).single();
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> redemptions.voidRedemption(yesterday, "late")))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey").isEqualTo("exchange.void.sameDay");
    }

    @Test
    void openingAndClosingCountsAreRecordedAndTheReportAddsUp() {
        CatalogueItem paper = data.item("卫生纸", 5, 10, null);
        long community = data.communities.community(ExchangeTestData.WENFENG);
        // The table holds 9, the books say 10: the opening count needs a reason and is recorded.
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> redemptions.openSession(community,
                data.today(), "广场", List.of(new OfferedItem(paper.id(), null, 9, null)))))
                .isInstanceOf(ExchangeRefusedException.class).extracting("field").isEqualTo("reason");
        SessionEntry session = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> redemptions.openSession(community,
                data.today(), "广场", List.of(new OfferedItem(paper.id(), 3, 9, "一提受潮"))));
        assertThat(stock(paper.id())).isEqualTo(9);

        long one = data.residentWithPoints(10);
        long two = data.residentWithPoints(10);
        redeem(session.id(), one, UUID.randomUUID().toString(), new BasketLine(paper.id(), 2));
        redeem(session.id(), two, UUID.randomUUID().toString(), new BasketLine(paper.id(), 1));

        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> redemptions.closeSession(session.id(),
                List.of(new ClosingCount(paper.id(), 6, null))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> redemptions.closeSession(session.id(),
                List.of(new ClosingCount(paper.id(), 5, null))))).isInstanceOf(ExchangeRefusedException.class)
                .extracting("field").isEqualTo("reason");
        SessionReport report = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> redemptions.closeSession(session.id(),
                List.of(new ClosingCount(paper.id(), 5, "少一提，待查"))));

        assertThat(report.items()).singleElement().satisfies(line -> {
            assertThat(line.opening()).isEqualTo(9);
            assertThat(line.redeemed()).isEqualTo(3);
            assertThat(line.expected()).isEqualTo(6);
            assertThat(line.counted()).isEqualTo(5);
        });
        assertThat(report.residentsServed()).isEqualTo(2);
        assertThat(report.points()).isEqualTo(15);
        assertThat(report.byCounter()).singleElement().satisfies(l -> {
            assertThat(l.who()).isEqualTo("1号台");
            assertThat(l.items()).isEqualTo(3);
        });
        assertThat(report.byStaff()).singleElement().satisfies(l -> assertThat(l.who()).isEqualTo(DemoUsers.COUNTER));
        assertThat(stock(paper.id())).isEqualTo(5);
        assertThatThrownBy(() -> redeem(session.id(), one, UUID.randomUUID().toString(), new BasketLine(paper.id(), 1)))
                .isInstanceOf(ExchangeRefusedException.class).extracting("messageKey").isEqualTo("exchange.session.closed");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> catalogue.stockCheck(community))).isEmpty();
    }

    @Test
    void theCatalogueChecksItsInputAndOtherCommunitiesSeeNothing() {
        long community = data.communities.community(ExchangeTestData.WENFENG);
        long items = rows("exchange_item");
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            assertThatThrownBy(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, " ", "袋",
                    Points.of(5), null, 0, true))).isInstanceOf(ExchangeRefusedException.class)
                    .extracting("field").isEqualTo("name");
            assertThatThrownBy(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, "毛巾", "条",
                    Points.ZERO, null, 0, true))).isInstanceOf(ExchangeRefusedException.class)
                    .extracting("field").isEqualTo("price");
        });
        assertThat(rows("exchange_item")).isEqualTo(items);
        CatalogueItem towel = data.item("毛巾", 12, 0, null);
        assertThat(towel.lowStock()).isTrue();
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            catalogue.receive(towel.id(), 30, "爱心企业", null);
            assertThat(catalogue.stocktake(towel.id(), 30, "x")).isEmpty();
            assertThatThrownBy(() -> catalogue.stocktake(towel.id(), 28, " ")).isInstanceOf(ExchangeRefusedException.class);
            catalogue.stocktake(towel.id(), 28, "盘点少两条");
            assertThatThrownBy(() -> catalogue.writeOff(towel.id(), 29, "发霉")).isInstanceOf(OutOfStockException.class);
            catalogue.writeOff(towel.id(), 3, "发霉");
            assertThat(catalogue.movements(towel.id(), 0, 10)).extracting(MovementLine::kind).containsExactly(
                    MovementKind.WRITE_OFF, MovementKind.ADJUSTMENT, MovementKind.RECEIPT);
            assertThat(catalogue.movements(towel.id(), 0, 10).getLast().sponsor()).isEqualTo("爱心企业");
        });
        assertThat(stock(towel.id())).isEqualTo(25);

        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> {
            assertThatThrownBy(() -> catalogue.catalogue(community)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalogue.receive(towel.id(), 1, null, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> catalogue.movements(towel.id(), 0, 10)).isInstanceOf(NotFoundException.class);
        });
        assertThatThrownBy(() -> data.runAs.run(DemoUsers.COUNTER, () -> catalogue.receive(towel.id(), 1, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoHasACatalogueAndARedemptionDayOpenToday() {
        long community = data.communities.community(ExchangeTestData.WENFENG);
        List<CatalogueItem> items = data.runAs.get(DemoUsers.COUNTER, () -> catalogue.catalogue(community));
        assertThat(items).extracting(CatalogueItem::name).contains("卫生纸", "洗衣粉", "食用油", "大米", "理发");
        assertThat(data.runAs.get(DemoUsers.COUNTER, () -> redemptions.sessions(community)))
                .anySatisfy(s -> {
                    assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
                    assertThat(s.place()).isEqualTo("文峰塔社区党群服务中心");
                });
    }
}
