package org.cocreate.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.exchange.BasketLine;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.ExchangeRefusedException;
import org.cocreate.exchange.ExchangeTestData;
import org.cocreate.exchange.Receipt;
import org.cocreate.exchange.RedemptionStatus;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class SessionReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ExchangeTestData data;

    private SessionReportView report(long sessionId) {
        navigate(SessionReportView.class, java.util.Map.of(CloseSessionView.PARAMETER, String.valueOf(sessionId)));
        return $(SessionReportView.class).single();
    }

    private static int rowOf(SessionReportView view, long itemId) {
        return view.itemGrid.getGenericDataView().getItems().map(l -> l.itemId()).toList().indexOf(itemId);
    }

    /** The item grid's cells: opening, redeemed, returned, adjusted, expected, counted, difference. */
    private List<String> itemCells(SessionReportView view, long itemId) {
        int row = rowOf(view, itemId);
        assertThat(row).isNotNegative();
        var grid = test(view.itemGrid);
        return List.of(grid.getCellText(row, 1), grid.getCellText(row, 2), grid.getCellText(row, 3),
                grid.getCellText(row, 4), grid.getCellText(row, 5), grid.getCellText(row, 6),
                ((Span) grid.getCellComponent(row, 7)).getText());
    }

    /** The void button of a receipt, if the status cell shows one. */
    private java.util.Optional<Button> voidButton(SessionReportView view, long redemptionId) {
        int row = view.receiptGrid.getGenericDataView().getItems().map(Receipt::redemptionId).toList()
                .indexOf(redemptionId);
        assertThat(row).isNotNegative();
        return test(view.receiptGrid).getCellComponent(row, 5).getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).findFirst();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void closingNeedsACountForEveryItemAndAReasonForADifferenceThenTheReportAddsUp() {
        CatalogueItem soap = data.item("香皂", 10, 20, 3);
        CatalogueItem rice = data.item("大米", 25, 5, 1);
        SessionEntry day = data.openSession(List.of(soap, rice));
        long resident = data.residentWithPoints(8);
        assertThat(data.balance(resident)).isEqualTo(16);
        data.redeem(day.id(), resident, "1号台", new BasketLine(soap.id(), 1));
        long other = data.residentWithPoints(8);
        data.redeem(day.id(), other, "2号台", new BasketLine(soap.id(), 1));

        navigate(CloseSessionView.class, java.util.Map.of(CloseSessionView.PARAMETER, String.valueOf(day.id())));
        var close = $(CloseSessionView.class).single();
        assertThat(close.heading.getText()).isEqualTo(data.today() + " " + day.place());
        var soapRow = close.row(soap.id()).orElseThrow();
        var riceRow = close.row(rice.id()).orElseThrow();
        assertThat($(Span.class).withTestId("close-books-" + soap.id()).single().getText()).isEqualTo("18 袋");
        assertThat($(Span.class).withTestId("close-books-" + rice.id()).single().getText()).isEqualTo("5 袋");

        test(soapRow.counted).setValue(17);
        assertThat(soapRow.difference.getText()).as("shown as it is typed, with the minus sign").isEqualTo("\u22121");
        assertThat(soapRow.difference.getClassNames()).contains("sessions-difference-nonzero");
        test(close.submit).click();
        assertThat(soapRow.reason.isInvalid()).isTrue();
        assertThat(soapRow.reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(riceRow.counted.isInvalid()).isTrue();
        assertThat(riceRow.counted.getErrorMessage()).isEqualTo("请清点每一件物品的剩余数量");
        assertThat(data.redemptions.session(day.id()).status()).isEqualTo(SessionStatus.OPEN);

        test(riceRow.counted).setValue(5);
        assertThat(riceRow.difference.getText()).isEqualTo("0");
        test(soapRow.reason).setValue("少了一块，找不到");
        test(close.submit).click();
        assertThat(data.redemptions.session(day.id()).status()).as("not before it is confirmed")
                .isEqualTo(SessionStatus.OPEN);
        assertThat($(Paragraph.class).withTestId("close-confirm-line-" + soap.id()).single().getText())
                .isEqualTo(soap.name() + "：清点 17 袋，账面 18 袋，差 \u22121（少了一块，找不到）");
        assertThat($(Paragraph.class).withTestId("close-confirm-line-" + rice.id()).exists())
                .as("a count that agrees is not listed").isFalse();
        test($(Button.class).withTestId("close-confirm").single()).click();

        assertThat(data.redemptions.session(day.id()).status()).isEqualTo(SessionStatus.CLOSED);
        var view = $(SessionReportView.class).single();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("兑换日已结束：" + data.today() + " "
                + day.place());
        assertThat(view.status.getText()).isEqualTo("已结束");
        assertThat(view.closed.getText()).as("by display name").startsWith("文峰塔管理员 于 " + data.today());
        assertThat(itemCells(view, soap.id())).containsExactly("20", "2", "0", "\u22121", "18", "17", "\u22121");
        assertThat(itemCells(view, rice.id())).containsExactly("5", "0", "0", "0", "5", "5", "0");
        assertThat(view.itemGrid.getPartNameGenerator().apply(view.itemGrid.getGenericDataView().getItem(
                rowOf(view, soap.id())))).isEqualTo("sessions-differs");
        assertThat(view.residents.getText()).isEqualTo("服务居民 2 人");
        assertThat(view.items.getText()).isEqualTo("兑出 2 件");
        assertThat(view.points.getText()).isEqualTo("消耗积分 20");
        assertThat(view.receiptCount.getText()).isEqualTo("兑换 2 笔，作废 0 笔");
        assertThat(test(view.counterGrid).size()).isEqualTo(2);
        assertThat(test(view.counterGrid).getCellText(0, 0)).isEqualTo("1号台");
        assertThat(List.of(test(view.counterGrid).getCellText(0, 1), test(view.counterGrid).getCellText(0, 2),
                test(view.counterGrid).getCellText(0, 3))).containsExactly("1", "1", "10");
        assertThat(test(view.staffGrid).size()).isEqualTo(1);
        assertThat(List.of(test(view.staffGrid).getCellText(0, 0), test(view.staffGrid).getCellText(0, 1),
                test(view.staffGrid).getCellText(0, 2), test(view.staffGrid).getCellText(0, 3)))
                .containsExactly("兑换点志愿者", "2", "2", "20");
        assertThat(test(view.receiptGrid).size()).isEqualTo(2);
        assertThat(test(view.receiptGrid).getCellText(1, 1)).isEqualTo(data.name(resident));
        assertThat(test(view.receiptGrid).getCellText(1, 2)).isEqualTo(soap.name() + " × 1 袋");

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(view.csv(), 3)).as("a byte order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv).contains("物品,单位,开场,兑出,退回,调整,账面应有,清点,差异\r\n")
                .as("numbers a spreadsheet adds up: the ASCII minus")
                .contains(soap.name() + ",袋,20,2,0,-1,18,17,-1\r\n")
                .contains("1号台,1,1,10\r\n")
                .contains("兑换点志愿者,2,2,20\r\n")
                .contains("日期," + data.today() + "\r\n");
        assertThat(view.fileName()).isEqualTo("redemption-day-" + data.today() + "-" + day.id() + ".csv");

        navigate(CloseSessionView.class, java.util.Map.of(CloseSessionView.PARAMETER, String.valueOf(day.id())));
        assertThat($(CloseSessionView.class).single().alreadyClosed.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminVoidsAReceiptWithAReasonAndThePointsAndGoodsComeBack() {
        CatalogueItem oil = data.item("食用油", 7, 10, 3);
        SessionEntry day = data.openSession(List.of(oil));
        long resident = data.residentWithPoints(8);
        Receipt receipt = data.redeem(day.id(), resident, "1号台", new BasketLine(oil.id(), 2));
        assertThat(data.balance(resident)).isEqualTo(2);
        assertThat(data.stock(oil.id())).isEqualTo(8);
        var view = report(day.id());
        assertThat(view.status.getText()).isEqualTo("进行中");

        test(voidButton(view, receipt.redemptionId()).orElseThrow()).click();
        var dialog = $(VoidReceiptDialog.class).single();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withTestId("report-void-text").single().getText())
                .isEqualTo(data.name(resident) + "：" + oil.name() + " × 2 袋，共 14 积分。作废后积分退回居民，物品退回库存。");
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(data.balance(resident)).isEqualTo(2);

        test(dialog.reason).setValue("居民拿错了");
        test(dialog.confirm).click();

        assertThat(data.balance(resident)).as("points back").isEqualTo(16);
        assertThat(data.stock(oil.id())).as("goods back").isEqualTo(10);
        assertThat(data.redemptions.receipts(day.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RedemptionStatus.VOIDED));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已作废 " + data.name(resident)
                + " 的兑换，14 积分已退回");
        assertThat(voidButton(view, receipt.redemptionId())).isEmpty();
        assertThat(view.receiptCount.getText()).isEqualTo("兑换 0 笔，作废 1 笔");
        assertThat(view.points.getText()).isEqualTo("消耗积分 0");
        assertThat(itemCells(view, oil.id())).containsExactly("10", "2", "2", "0", "10", "", "");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerWhoDidNotOpenTheDaySeesNoVoidButtonAndTheServiceRefuses() {
        CatalogueItem towel = data.item("毛巾", 5, 4, null);
        SessionEntry day = data.openSession(List.of(towel));
        Receipt receipt = data.redeem(day.id(), data.residentWithPoints(3), "1号台", new BasketLine(towel.id(), 1));

        var view = report(day.id());

        assertThat(test(view.receiptGrid).size()).isEqualTo(1);
        assertThat(voidButton(view, receipt.redemptionId())).isEmpty();
        assertThatThrownBy(() -> data.redemptions.voidRedemption(receipt.redemptionId(), "试试"))
                .isInstanceOf(ExchangeRefusedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorReadsTheReportWithoutVoidingOrNames() {
        CatalogueItem towel = data.item("毛巾", 5, 4, null);
        SessionEntry day = data.openSession(List.of(towel));
        long resident = data.residentWithPoints(3);
        Receipt receipt = data.redeem(day.id(), resident, "1号台", new BasketLine(towel.id(), 1));

        var view = report(day.id());

        assertThat(view.heading.getText()).isEqualTo(data.today() + " " + day.place());
        assertThat(voidButton(view, receipt.redemptionId())).isEmpty();
        assertThat(test(view.receiptGrid).getCellText(0, 1)).isEqualTo("居民 " + resident);
        assertThat(view.print.isVisible()).isTrue();
        assertThat(view.csv.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aDayThatDoesNotExistShowsNotFound() {
        var view = report(Long.MAX_VALUE);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.print.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void speaksEnglishToAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SessionEntry day = data.openSession(List.of(data.item("毛巾", 5, 4, null)));

        var view = report(day.id());

        assertThat(test(view.itemGrid).getHeaderCell(1)).isEqualTo("Opening");
        assertThat(test(view.itemGrid).getHeaderCell(5)).isEqualTo("Books expect");
        assertThat(view.residents.getText()).isEqualTo("0 residents served");
        assertThat(view.status.getText()).isEqualTo("Open");
        assertThat(view.csv.getText()).isEqualTo("Export CSV");
        assertThat(new String(view.csv(), StandardCharsets.UTF_8)).contains("Item,Unit,Opening,Redeemed");
    }
}
