package org.cocreate.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.ItemDraft;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.MovementKind;
import org.cocreate.exchange.MovementLine;
import org.cocreate.exchange.SponsorGift;
import org.cocreate.points.Points;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The stock screen on the demo data of 文峰塔社区. Each test that changes stock adds an item of its own,
 * so that its numbers are its own whatever else the suite redeems.
 */
@ViewTest
class StockViewTest extends SpringBrowserlessTest {

    private static final int WHEN = 0;
    private static final int KIND = 1;
    private static final int QUANTITY = 2;
    private static final int AFTER = 3;
    private static final int WHY = 4;
    private static final int WHO = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogueService catalogue;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void staffReceiveADonationTakeStockAndWriteOff() {
        CatalogueItem item = newItem("口罩");
        String sponsor = "爱心药房" + System.nanoTime();
        var view = open();
        assertThat(view.pickHint.isVisible()).isTrue();
        assertThat(view.movements.isVisible()).isFalse();

        select(view, item);
        assertThat(view.itemHeading.getText()).isEqualTo(item.name());
        assertThat(view.itemStock.getElement().getTextRecursively()).isEqualTo("0 盒库存不足");
        assertThat(test(view.movements).size()).isZero();
        assertThat(view.receive.isVisible()).isTrue();

        // 入库, a donation: the sponsor is required.
        test(view.receive).click();
        test(number("receive-quantity")).setValue(30);
        test(source()).selectItem("捐赠");
        test($(Button.class).withTestId("receive-save").single()).click();
        var sponsorField = $(TextField.class).withTestId("receive-sponsor").single();
        assertThat(sponsorField.isInvalid()).isTrue();
        assertThat(sponsorField.getErrorMessage()).isEqualTo("捐赠须填写捐赠方");
        test(sponsorField).setValue(sponsor);
        test($(TextArea.class).withTestId("receive-note").single()).setValue("冬季防护");
        test($(Button.class).withTestId("receive-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(notification()).isEqualTo("“" + item.name() + "”已入库 30 盒，现有库存 30");
        assertThat(view.itemStock.getElement().getTextRecursively()).isEqualTo("30 盒");
        assertThat(test(view.movements).size()).isEqualTo(1);
        assertThat(test(view.movements).getCellText(0, KIND)).isEqualTo(translated(MovementKind.RECEIPT));
        assertThat(test(view.movements).getCellText(0, QUANTITY)).isEqualTo("+30");
        assertThat(test(view.movements).getCellText(0, AFTER)).isEqualTo("30");
        assertThat(test(view.movements).getCellText(0, WHY)).isEqualTo("捐赠：" + sponsor + "；冬季防护");
        assertThat(test(view.movements).getCellText(0, WHO)).as("by display name").isEqualTo("文峰塔管理员");
        assertThat(test(view.movements).getCellText(0, WHEN)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        int stockRow = rows(view.items).indexOf(rows(view.items).stream()
                .filter(i -> i.id() == item.id()).findFirst().orElseThrow());
        assertThat(test(view.items).getCellText(stockRow, 1)).isEqualTo("30 盒");

        // The sponsor report names the sponsor, with what they gave and nothing redeemed yet.
        SponsorGift gift = rows(view.sponsors).stream().filter(g -> g.sponsor().equals(sponsor)).findFirst()
                .orElseThrow();
        int giftRow = rows(view.sponsors).indexOf(gift);
        assertThat(test(view.sponsors).getCellText(giftRow, 1)).isEqualTo(item.name());
        assertThat(test(view.sponsors).getCellText(giftRow, 2)).isEqualTo("30 盒");
        assertThat(test(view.sponsors).getCellText(giftRow, 3)).isEqualTo("0 盒");

        // 盘点: a difference needs its reason.
        test(view.stocktake).click();
        test(number("stocktake-counted")).setValue(27);
        assertThat($(Paragraph.class).withTestId("stocktake-difference").single().getText())
                .isEqualTo("差异：\u22123 盒，须填写原因");
        test($(Button.class).withTestId("stocktake-save").single()).click();
        var reason = $(TextArea.class).withTestId("stocktake-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("exchange.reason.required"));
        assertThat(catalogue.movements(item.id(), 0, 10)).hasSize(1);
        test(reason).setValue("受潮三盒");
        test($(Button.class).withTestId("stocktake-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(view.itemStock.getElement().getTextRecursively()).isEqualTo("27 盒");
        assertThat(test(view.movements).getCellText(0, KIND)).isEqualTo(translated(MovementKind.ADJUSTMENT));
        assertThat(test(view.movements).getCellText(0, QUANTITY)).isEqualTo("\u22123");
        assertThat(test(view.movements).getCellText(0, WHY)).isEqualTo("受潮三盒");

        // A stocktake that finds the books right changes nothing.
        test(view.stocktake).click();
        test($(Button.class).withTestId("stocktake-save").single()).click();
        assertThat(notification()).isEqualTo("“" + item.name() + "”盘点无差异，库存未变");
        assertThat(test(view.movements).size()).isEqualTo(2);

        // 报损.
        test(view.writeOff).click();
        test($(Button.class).withTestId("write-off-save").single()).click();
        assertThat(number("write-off-quantity").getErrorMessage()).as("no number, no write-off").isEqualTo("请填写数量");
        assertThat(number("write-off-quantity").isInvalid()).isTrue();
        test(number("write-off-quantity")).setValue(2);
        test($(Button.class).withTestId("write-off-save").single()).click();
        assertThat($(TextArea.class).withTestId("write-off-reason").single().isInvalid()).isTrue();
        test($(TextArea.class).withTestId("write-off-reason").single()).setValue("包装破损");
        test($(Button.class).withTestId("write-off-save").single()).click();

        assertThat(notification()).isEqualTo("“" + item.name() + "”已报损 2 盒，现有库存 25");
        assertThat(view.itemStock.getElement().getTextRecursively()).isEqualTo("25 盒");
        assertThat(test(view.movements).getCellText(0, QUANTITY)).isEqualTo("\u22122");
        assertThat(test(view.movements).getCellText(0, AFTER)).isEqualTo("25");
        assertThat(catalogue.catalogue(community()).stream().filter(i -> i.id() == item.id()).findFirst()
                .orElseThrow().stock()).isEqualTo(25);

        // The filter shows one kind of change.
        test(view.kindFilter).selectItem(translated(MovementKind.RECEIPT));
        assertThat(rows(view.movements)).extracting(MovementLine::kind).containsExactly(MovementKind.RECEIPT);
        view.kindFilter.clear();
        assertThat(test(view.movements).size()).isEqualTo(3);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aCounterVolunteerSeesStockAndSponsorsButCannotChangeStock() {
        var view = open();
        CatalogueItem paper = rows(view.items).stream().filter(i -> i.name().equals("卫生纸")).findFirst()
                .orElseThrow();
        select(view, paper);

        assertThat(view.itemHeading.getText()).isEqualTo("卫生纸");
        assertThat(test(view.movements).size()).isGreaterThanOrEqualTo(2);
        assertThat(rows(view.movements)).extracting(MovementLine::sponsor).contains("永辉超市");
        assertThat(view.actions.isVisible()).isFalse();
        assertThat(test(view.receive).isUsable()).isFalse();
        assertThat(test(view.stocktake).isUsable()).isFalse();
        assertThat(test(view.writeOff).isUsable()).isFalse();

        SponsorGift gift = rows(view.sponsors).stream()
                .filter(g -> g.sponsor().equals("永辉超市") && g.itemName().equals("卫生纸")).findFirst().orElseThrow();
        assertThat(gift.given()).isEqualTo(40);
        assertThat(test(view.sponsors).getCellText(rows(view.sponsors).indexOf(gift), 0)).isEqualTo("永辉超市");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberCannotOpenTheStock() {
        assertThatThrownBy(() -> navigate(StockView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void inEnglishTheStockScreenIsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        assertThat(view.getPageTitle()).isEqualTo("Stock");
        assertThat(view.pickHint.getText()).startsWith("Pick an item");
        assertThat(view.receive.getText()).isEqualTo("Receive");
        assertThat(view.stocktake.getText()).isEqualTo("Stocktake");
        assertThat(view.writeOff.getText()).isEqualTo("Write off");
        assertThat(test(view.sponsors).getHeaderCell(0)).isEqualTo("Sponsor");
        assertThat(test(view.sponsors).getHeaderCell(3)).isEqualTo("Redeemed");
        select(view, rows(view.items).stream().filter(i -> i.name().equals("卫生纸")).findFirst().orElseThrow());
        assertThat(test(view.movements).getHeaderCell(AFTER)).isEqualTo("Stock after");
        assertThat(test(view.movements).getCellText(test(view.movements).size() - 1, KIND)).isEqualTo("Receipt");
        assertThat(view.kindFilter.getLabel()).isEqualTo("Kind of change");
    }

    private CatalogueItem newItem(String prefix) {
        return catalogue.createItem(community(), new ItemDraft(ItemKind.GOODS, prefix + System.nanoTime(), "盒",
                Points.of(5), 2, 5, true));
    }

    private long community() {
        return context.getBean(WorkingCommunity.class).id();
    }

    private StockView open() {
        navigate(StockView.class);
        return $(StockView.class).single();
    }

    private void select(StockView view, CatalogueItem item) {
        List<CatalogueItem> all = rows(view.items);
        test(view.items).select(all.indexOf(all.stream().filter(i -> i.id() == item.id()).findFirst()
                .orElseThrow()));
    }

    private String translated(MovementKind kind) {
        return UI.getCurrent().getTranslation(kind.translationKey());
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    private IntegerField number(String testId) {
        return $(IntegerField.class).withTestId(testId).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ReceiveDialog.Source> source() {
        return $(RadioButtonGroup.class).withTestId("receive-source").single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
