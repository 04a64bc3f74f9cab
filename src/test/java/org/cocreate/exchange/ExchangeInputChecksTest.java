package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.points.Points;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exchange's services check their own input, whatever the form in front of them checked: called
 * directly (as a forged request would), bad input is refused with the field and the message the form
 * shows, and nothing changes.
 */
@ServiceTest
class ExchangeInputChecksTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    ExchangeTestData data;
    @Autowired
    JdbcClient jdbc;

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Every table a refused command could have written to, counted. */
    private List<Long> everything() {
        return List.of(rows("exchange_item"), rows("stock_movement"), rows("redemption_session"),
                rows("session_item"), rows("redemption"), rows("ledger_entry"), rows("audit_event"));
    }

    private void refused(ThrowingCallable command, String field, String messageKey) {
        List<Long> before = everything();
        assertThatThrownBy(command).isInstanceOfSatisfying(ExchangeRefusedException.class, refusal -> {
            assertThat(refusal.field()).as("field").isEqualTo(field);
            assertThat(refusal.messageKey()).as("message").isEqualTo(messageKey);
        });
        assertThat(everything()).as("nothing changed").isEqualTo(before);
    }

    private void asAdmin(ThrowingCallable command, String field, String messageKey) {
        refused(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> {
            try {
                command.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }), field, messageKey);
    }

    private static ItemDraft soap(long price) {
        return new ItemDraft(ItemKind.GOODS, ExchangeTestData.unique("香皂"), "块", Points.of(price), null, 2, true);
    }

    @Test
    void aMissingZeroOrHugePriceIsRefusedByTheServiceItself() {
        // A negative price cannot even be written down: Points is never negative (PointsTest).
        long community = data.community();
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, ExchangeTestData.unique("香皂"),
                "块", null, null, 2, true)), "price", "exchange.item.price.invalid");
        asAdmin(() -> catalogue.createItem(community, soap(0)), "price", "exchange.item.price.invalid");
        asAdmin(() -> catalogue.createItem(community, soap(ExchangeLimits.PRICE_MAX + 1)), "price",
                "exchange.item.price.invalid");

        CatalogueItem item = data.item("洗衣粉", 20, 0, null);
        asAdmin(() -> catalogue.updateItem(item.id(), soap(0)), "price", "exchange.item.price.invalid");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> catalogue.catalogue(community)).stream()
                .filter(c -> c.id() == item.id()).findFirst().orElseThrow().price()).isEqualTo(20);
    }

    @Test
    void anItemWithoutKindNameOrUnitOrWithLimitsOutOfRangeIsRefused() {
        long community = data.community();
        var good = soap(10);
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(null, good.name(), "块", good.price(), null, 2,
                true)), "kind", "exchange.item.kind.required");
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, "  ", "块", good.price(), null, 2,
                true)), "name", "exchange.item.name.invalid");
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS,
                "香".repeat(ExchangeLimits.ITEM_NAME_MAX + 1), "块", good.price(), null, 2, true)), "name",
                "exchange.item.name.invalid");
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, good.name(), null, good.price(),
                null, 2, true)), "unit", "exchange.item.unit.invalid");
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, good.name(), "块", good.price(),
                0, 2, true)), "dailyLimit", "exchange.limit.invalid");
        asAdmin(() -> catalogue.createItem(community, new ItemDraft(ItemKind.GOODS, good.name(), "块", good.price(),
                null, -1, true)), "lowStockThreshold", "exchange.count.invalid");
    }

    @Test
    void stockMovementsOutOfRangeOrWithoutAReasonAreRefused() {
        CatalogueItem item = data.item("毛巾", 5, 10, null);
        asAdmin(() -> catalogue.receive(item.id(), 0, null, null), "quantity", "exchange.quantity.invalid");
        asAdmin(() -> catalogue.receive(item.id(), ExchangeLimits.QUANTITY_MAX + 1, null, null), "quantity",
                "exchange.quantity.invalid");
        asAdmin(() -> catalogue.receive(item.id(), 5, "赞".repeat(ExchangeLimits.NAME_MAX + 1), null), "sponsor",
                "exchange.text.tooLong");
        asAdmin(() -> catalogue.writeOff(item.id(), -3, "破损"), "quantity", "exchange.quantity.invalid");
        asAdmin(() -> catalogue.writeOff(item.id(), 1, " "), "reason", "exchange.reason.required");
        asAdmin(() -> catalogue.stocktake(item.id(), -1, "盘点"), "counted", "exchange.count.invalid");
        asAdmin(() -> catalogue.stocktake(item.id(), 3, "理".repeat(ExchangeLimits.TEXT_MAX + 1)), "reason",
                "exchange.text.tooLong");
        assertThat(data.stock(item.id())).isEqualTo(10);
    }

    @Test
    void aRedemptionDayWithoutDatePlaceOrItemsOrWithANegativeCountIsNotOpened() {
        long community = data.community();
        CatalogueItem item = data.item("牙膏", 5, 10, null);
        var offer = List.of(new OfferedItem(item.id(), null, 10, null));
        asAdmin(() -> redemptions.openSession(community, null, "活动室", offer), "date",
                "exchange.session.date.required");
        asAdmin(() -> redemptions.openSession(community, data.today(), " ", offer), "place",
                "exchange.session.place.invalid");
        asAdmin(() -> redemptions.openSession(community, data.today(), "活动室", List.of()), "offer",
                "exchange.session.noItems");
        asAdmin(() -> redemptions.openSession(community, data.today(), "活动室",
                List.of(new OfferedItem(item.id(), null, -4, "少了"))), "openingCount", "exchange.count.invalid");
        asAdmin(() -> redemptions.openSession(community, data.today(), "活动室",
                List.of(new OfferedItem(item.id(), 0, 10, null))), "dailyLimit", "exchange.limit.invalid");
    }

    @Test
    void aBasketLineOutOfRangeAClosingCountTooLargeAndAVoidWithoutReasonAreRefused() {
        CatalogueItem item = data.item("肥皂", 1, 200, null);
        SessionEntry session = data.openSession(item);
        long resident = data.residentWithPoints(10);
        refused(() -> data.runAs.run(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session.id(),
                resident, List.of(new BasketLine(item.id(), ExchangeLimits.BASKET_QUANTITY_MAX + 1)),
                UUID.randomUUID().toString(), null))), "quantity", "exchange.quantity.invalid");
        refused(() -> data.runAs.run(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session.id(),
                resident, List.of(new BasketLine(item.id(), -1)), UUID.randomUUID().toString(), null))), "quantity",
                "exchange.quantity.invalid");
        assertThat(data.balance(resident)).isEqualTo(20);

        Receipt receipt = data.redeem(session.id(), resident, "1号台", new BasketLine(item.id(), 2));
        asAdmin(() -> redemptions.voidRedemption(receipt.redemptionId(), "  "), "reason", "exchange.reason.required");
        asAdmin(() -> redemptions.closeSession(session.id(),
                List.of(new ClosingCount(item.id(), ExchangeLimits.QUANTITY_MAX + 1, "多了"))), "counted",
                "exchange.count.invalid");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> redemptions.session(session.id())).status())
                .isEqualTo(SessionStatus.OPEN);
    }
}
