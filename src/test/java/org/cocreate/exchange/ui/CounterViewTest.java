package org.cocreate.exchange.ui;

import static org.cocreate.LiveAccess.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.ui.EnterKeys;
import org.cocreate.community.ResidentService;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.ExchangeTestData;
import org.cocreate.exchange.RedeemCommand;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.points.PointsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails(DemoUsers.COUNTER)
class CounterViewTest extends SpringBrowserlessTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RedemptionService redemptions;
    @Autowired
    ResidentService residents;
    @Autowired
    PointsService points;
    @Autowired
    LiveEvents liveEvents;
    @Autowired
    ExchangeTestData data;

    long community;

    @BeforeEach
    void community() {
        community = data.community();
    }

    @Test
    void twoItemsForAFoundResidentInFourTapsWithTheReceiptOnScreen() {
        CatalogueItem soap = data.item("香皂", 10, 20, 3);
        CatalogueItem rice = data.item("大米", 25, 5, 1);
        SessionEntry session = data.openSession(soap, rice);
        String name = newResidentName();
        long resident = residentWithPoints(name, 100);
        CounterView view = open(session);
        test(view.counterName).setValue("1号台");

        pickResident(view, name, resident);
        assertThat(view.residentName.getText()).isEqualTo(name);
        assertThat(view.balance.getText()).isEqualTo("100 分");
        assertThat(view.limits.getText()).isEqualTo("今天还可兑：" + rice.name() + " 1 袋 · " + soap.name() + " 3 袋");
        ItemTile soapTile = view.tileByItem.get(soap.id());
        ItemTile riceTile = view.tileByItem.get(rice.id());
        assertThat(soapTile.price()).isEqualTo("10 分/袋");
        assertThat(soapTile.stock()).isEqualTo("剩 20 袋");
        assertThat(view.confirm.isEnabled()).as("an empty basket cannot be confirmed").isFalse();

        test(soapTile.plus).click();
        test(soapTile.plus).click();
        test(riceTile.plus).click();
        assertThat(soapTile.count.getText()).isEqualTo("2");
        assertThat(view.total.getText()).isEqualTo("合计 45 分");
        assertThat(view.balanceAfter.getText()).isEqualTo("兑换后余额 55 分");
        assertThat(riceTile.plus.isEnabled()).as("one rice a day").isFalse();
        assertThat(riceTile.reason.getText()).isEqualTo("今天已达上限（每人 1 袋）");
        test(view.confirm).click();

        assertThat(view.receipt.isVisible()).isTrue();
        assertThat(view.counter.isVisible()).isFalse();
        assertThat(view.receipt.paper.getElement().getTextRecursively()).contains("兑换凭条", name,
                soap.name() + " × 2 袋", "20 分", rice.name() + " × 1 袋", "25 分", "测试兑换点", "1号台");
        assertThat(view.receipt.total.getText()).isEqualTo("45 分");
        assertThat(view.receipt.balanceAfter.getText()).isEqualTo("55 分");
        Map<String, Object> row = jdbc.sql("select points, balance_after, counter_name from redemption"
                + " where resident_id = ?").param(resident).query().singleRow();
        assertThat(row).containsEntry("POINTS", 45L).containsEntry("BALANCE_AFTER", 55L)
                .containsEntry("COUNTER_NAME", "1号台");
        assertThat(stock(soap.id())).isEqualTo(18);
        assertThat(stock(rice.id())).isEqualTo(4);

        test(view.receipt.next).click();
        assertThat(view.receipt.isVisible()).isFalse();
        assertThat(view.search.isVisible()).isTrue();
        assertThat(view.residentPanel.isVisible()).isFalse();
        assertThat(view.search.field().getValue()).isEmpty();
        assertThat(soapTile.stock()).isEqualTo("剩 18 袋");
        assertThat(soapTile.count.getText()).isEqualTo("0");
        assertThat(soapTile.plus.isEnabled()).as("no resident, no basket").isFalse();
    }

    @Test
    void aDoubleTapRedeemsOnce() {
        CatalogueItem soap = data.item("香皂", 10, 20, null);
        SessionEntry session = data.openSession(soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 40);
        CounterView view = open(session);
        pickResident(view, name, resident);
        test(view.tileByItem.get(soap.id()).plus).click();

        test(view.confirm).click();
        // The second tap of a double tap reaches the server before the button is shown disabled.
        view.confirm.click();

        assertThat(jdbc.sql("select count(*) from redemption where resident_id = ?").param(resident)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(stock(soap.id())).isEqualTo(19);
        assertThat(balance(resident)).isEqualTo(30);
        assertThat(view.receipt.isVisible()).isTrue();
    }

    @Test
    void anItemTheResidentCannotAffordIsOffAndSaysWhy() {
        CatalogueItem oil = data.item("食用油", 30, 5, null);
        CatalogueItem soap = data.item("香皂", 10, 5, null);
        SessionEntry session = data.openSession(oil, soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 20);
        CounterView view = open(session);
        pickResident(view, name, resident);

        ItemTile oilTile = view.tileByItem.get(oil.id());
        assertThat(oilTile.plus.isEnabled()).isFalse();
        assertThat(oilTile.reason.getText()).isEqualTo("积分不够（还剩 20 分）");
        assertThat(oilTile.getElement().getClassList()).contains("counter-tile-blocked");
        ItemTile soapTile = view.tileByItem.get(soap.id());
        test(soapTile.plus).click();
        test(soapTile.plus).click();
        assertThat(soapTile.plus.isEnabled()).as("20 points are spent").isFalse();
        assertThat(soapTile.reason.getText()).isEqualTo("积分不够（还剩 0 分）");
        test(soapTile.minus).click();
        assertThat(soapTile.plus.isEnabled()).isTrue();
        assertThat(view.balanceAfter.getText()).isEqualTo("兑换后余额 10 分");
    }

    @Test
    void whenAnotherCounterTookTheLastOneTheRefusalIsTranslatedAndNothingChanges() {
        CatalogueItem paper = data.item("卫生纸", 10, 1, null);
        SessionEntry session = data.openSession(paper);
        String name = newResidentName();
        long resident = residentWithPoints(name, 40);
        long other = residentWithPoints(newResidentName(), 40);
        CounterView view = open(session);
        pickResident(view, name, resident);
        ItemTile tile = view.tileByItem.get(paper.id());
        test(tile.plus).click();

        redeemElsewhere(session, other, paper, 1);
        test(view.confirm).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("“" + paper.name() + "”只剩 0 袋，不够 1 袋，未做任何更改");
        assertThat(view.receipt).as("no receipt was ever made").isNull();
        assertThat(jdbc.sql("select count(*) from redemption where resident_id = ?").param(resident)
                .query(Long.class).single()).isZero();
        assertThat(balance(resident)).isEqualTo(40);
        assertThat(stock(paper.id())).isZero();
        assertThat(tile.stock()).isEqualTo("已兑完");
        assertThat(tile.plus.isEnabled()).isFalse();
        assertThat(view.confirm.isEnabled()).as("what is gone left the basket").isFalse();
        assertThat(view.total.getText()).isEqualTo("合计 0 分");
    }

    @Test
    void whenAnotherCounterTakesTheLastOneTheBasketLetsItGoAtOnceAndSaysSo() throws InterruptedException {
        CatalogueItem paper = data.item("卫生纸", 10, 2, null);
        CatalogueItem soap = data.item("香皂", 5, 5, null);
        SessionEntry session = data.openSession(paper, soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 40);
        long other = residentWithPoints(newResidentName(), 40);
        CounterView view = open(session);
        pickResident(view, name, resident);
        ItemTile paperTile = view.tileByItem.get(paper.id());
        test(paperTile.plus).click();
        test(paperTile.plus).click();
        test(view.tileByItem.get(soap.id()).plus).click();
        assertThat(view.total.getText()).isEqualTo("合计 25 分");

        redeemElsewhere(session, other, paper, 1);
        await(() -> view.total.getText().equals("合计 15 分"));
        assertThat(view.total.getText()).as("one 卫生纸 left: one in the basket").isEqualTo("合计 15 分");
        assertThat(paperTile.count.getText()).isEqualTo("1");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("“" + paper.name() + "”刚被其他柜台兑走，只剩 1 袋，篮子里已相应减少");

        redeemElsewhere(session, other, paper, 1);
        await(() -> view.total.getText().equals("合计 5 分"));
        assertThat(paperTile.count.getText()).isEqualTo("0");
        assertThat(view.confirm.isEnabled()).as("the soap is still there to confirm").isTrue();
        test(view.confirm).click();
        assertThat(view.receipt).isNotNull();
        assertThat(balance(resident)).isEqualTo(35);
    }

    @Test
    void anotherCountersRedemptionReachesThisCounterThroughTheBroadcaster() throws InterruptedException {
        CatalogueItem paper = data.item("卫生纸", 10, 2, null);
        SessionEntry session = data.openSession(paper);
        long other = residentWithPoints(newResidentName(), 40);
        int before = liveEvents.subscriberCount();
        CounterView view = open(session);
        assertThat(liveEvents.subscriberCount()).as("stock and balances, subscribed on attach").isEqualTo(before + 2);
        ItemTile tile = view.tileByItem.get(paper.id());
        assertThat(tile.stock()).isEqualTo("剩 2 袋");

        redeemElsewhere(session, other, paper, 1);
        awaitText(tile, "剩 1 袋");
        redeemElsewhere(session, other, paper, 1);
        awaitText(tile, "已兑完");
        assertThat(tile.getElement().getClassList()).contains("counter-tile-sold-out");

        view.getElement().removeFromParent();
        assertThat(liveEvents.subscriberCount()).as("unsubscribed on detach").isEqualTo(before);
    }

    @Test
    void theSameResidentServedAtAnotherCounterShowsTheNewBalanceAndLimitsHere() throws InterruptedException {
        CatalogueItem soap = data.item("香皂", 10, 10, 3);
        SessionEntry session = data.openSession(soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 40);
        CounterView view = open(session);
        pickResident(view, name, resident);
        ItemTile tile = view.tileByItem.get(soap.id());
        test(tile.plus).click();
        assertThat(view.balance.getText()).isEqualTo("40 分");
        assertThat(view.limits.getText()).isEqualTo("今天还可兑：" + soap.name() + " 3 袋");

        // The resident's partner, with the same card, at the counter beside this one.
        redeemElsewhere(session, resident, soap, 2);

        await(() -> view.balance.getText().equals("20 分"));
        assertThat(view.balance.getText()).isEqualTo("20 分");
        assertThat(view.limits.getText()).isEqualTo("今天还可兑：" + soap.name() + " 1 袋");
        assertThat(tile.count.getText()).as("the basket is kept").isEqualTo("1");
        assertThat(view.balanceAfter.getText()).isEqualTo("兑换后余额 10 分");
    }

    @Test
    void aCardScanPicksTheResident() {
        CatalogueItem soap = data.item("香皂", 10, 5, null);
        SessionEntry session = data.openSession(soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 20);
        String code = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> residents.card(resident).cardCode());
        CounterView view = open(session);

        view.search.field().setValue(code.toLowerCase(Locale.ROOT));
        EnterKeys.press(view.search.field());

        assertThat(view.residentPanel.isVisible()).isTrue();
        assertThat(view.residentName.getText()).isEqualTo(name);
        assertThat(view.balance.getText()).isEqualTo("20 分");
    }

    @Test
    void withoutASessionTheOpenDaysAreOfferedAsButtons() {
        CatalogueItem soap = data.item("香皂", 10, 5, null);
        SessionEntry session = data.openSession(soap);
        data.openSession(data.item("香皂", 10, 5, null));

        navigate("exchange/counter", CounterView.class);
        CounterView view = $(CounterView.class).single();

        assertThat(view.chooser.isVisible()).isTrue();
        assertThat(view.counter.isVisible()).isFalse();
        Button join = view.chooser.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> ("counter-session-" + session.id()).equals(b.getTestId())).findFirst().orElseThrow();
        assertThat(join.getText()).contains("测试兑换点", "1 种物品");
        test(join).click();
        view = $(CounterView.class).single();
        assertThat(view.counter.isVisible()).isTrue();
        assertThat(view.sessionTitle.getText()).startsWith(session.place() + " · ");
        assertThat(view.tileByItem).containsOnlyKeys(soap.id());
    }

    @Test
    void theCounterIsInTheMenu() {
        assertThat(MenuConfiguration.getMenuEntries()).filteredOn(e -> e.title().equals("nav.counter"))
                .extracting(MenuEntry::path).containsExactly("/exchange/counter");
    }

    @Test
    void speaksEnglish() {
        CatalogueItem soap = data.item("香皂", 10, 5, 2);
        SessionEntry session = data.openSession(soap);
        String name = newResidentName();
        long resident = residentWithPoints(name, 20);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CounterView view = open(session);

        assertThat(view.getPageTitle()).isEqualTo("Exchange counter");
        assertThat(view.confirm.getText()).isEqualTo("Redeem");
        assertThat(view.search.field().getPlaceholder()).isEqualTo("Name, pinyin initials, phone digits or card");
        pickResident(view, name, resident);
        ItemTile tile = view.tileByItem.get(soap.id());
        assertThat(tile.price()).isEqualTo("10 pts per 袋");
        test(tile.plus).click();
        test(tile.plus).click();
        assertThat(tile.reason.getText()).isEqualTo("Limit for today reached (2 袋 per resident)");
        assertThat(view.total.getText()).isEqualTo("Total 20 pts");
        assertThat(view.balanceAfter.getText()).isEqualTo("Balance after 0 pts");
        test(view.confirm).click();
        assertThat(view.receipt.next.getText()).isEqualTo("Next resident");
        assertThat(view.receipt.print.getText()).isEqualTo("Print");
        assertThat(view.receipt.paper.getElement().getTextRecursively()).contains("Redemption receipt",
                "Balance after");
    }

    /**
     * Every element and text node of an open screen is a state node the server keeps, about a kilobyte each,
     * for as long as the tablet stays open (docs/PERFORMANCE.md, memory per open counter). A counter with 8
     * items and a resident's basket, menu included, stays within its budget: 149 nodes when this was written,
     * 246 before each tile became seven elements and the receipt was made only when needed, 161 with the
     * workbench's frame (the bottom bar's container, the coverage entry of the menu, the counter's name in the
     * toolbar; the bar's links exist only in portrait).
     */
    @Test
    void aCounterWithEightItemsAndABasketKeepsFewStateNodes() {
        List<CatalogueItem> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(data.item("节点" + i, 5, 20, 3));
        }
        SessionEntry session = data.openSession(items.toArray(CatalogueItem[]::new));
        String name = newResidentName();
        long resident = residentWithPoints(name, 40);
        CounterView view = open(session);
        pickResident(view, name, resident);
        test(view.tileByItem.get(items.get(0).id()).plus).click();
        test(view.tileByItem.get(items.get(1).id()).plus).click();

        assertThat(view.tileByItem).hasSize(8);
        assertThat(view.receipt).as("no receipt before the first redemption").isNull();
        assertThat(org.cocreate.StateNodes.count(UI.getCurrent().getElement())).isBetween(100, 165);
    }

    // ---- set-up through the services ---------------------------------------------------------------------

    private CounterView open(SessionEntry session) {
        navigate(CounterView.class, Map.of(CounterView.PARAMETER, String.valueOf(session.id())));
        return $(CounterView.class).single();
    }

    private void pickResident(CounterView view, String name, long resident) {
        test(view.search.field()).setValue(name);
        test(view.search.results().getChildren().map(Button.class::cast)
                .filter(b -> ("resident-result-" + resident).equals(b.getTestId())).findFirst().orElseThrow()).click();
    }

    private void awaitText(ItemTile tile, String text) throws InterruptedException {
        await(() -> tile.stock().equals(text));
        assertThat(tile.stock()).isEqualTo(text);
    }

    private void redeemElsewhere(SessionEntry session, long resident, CatalogueItem item, int quantity) {
        data.runAs.run(DemoUsers.COUNTER, () -> redemptions.redeem(new RedeemCommand(session.id(), resident,
                List.of(new BasketLine(item.id(), quantity)), UUID.randomUUID().toString(), "2号台")));
    }

    private String newResidentName() {
        return "柜台测试" + (char) ('甲' + SEQUENCE.getAndIncrement());
    }

    /** A new resident with the points posted (2 a volunteering hour), under the name the test searches for. */
    private long residentWithPoints(String name, int amount) {
        long resident = data.residentWithPoints(name, amount / 2);
        assertThat(balance(resident)).isEqualTo(amount);
        return resident;
    }

    private long balance(long resident) {
        return data.runAs.get(DemoUsers.COUNTER, () -> points.balance(resident).value());
    }

    private int stock(long item) {
        return jdbc.sql("select stock from exchange_item where id = ?").param(item).query(Integer.class).single();
    }
}
