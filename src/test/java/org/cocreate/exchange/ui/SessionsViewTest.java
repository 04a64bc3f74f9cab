package org.cocreate.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.ExchangeTestData;
import org.cocreate.exchange.MovementKind;
import org.cocreate.exchange.MovementLine;
import org.cocreate.exchange.OfferedItem;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionOffer;
import org.cocreate.exchange.SessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class SessionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ExchangeTestData data;

    private SessionsView open() {
        navigate(SessionsView.class);
        return $(SessionsView.class).single();
    }

    private OpenSessionDialog openDialog(SessionsView view) {
        test(view.open).click();
        return $(OpenSessionDialog.class).single();
    }

    /** Offers only the given items: the shared catalogue holds the items of other tests too. */
    private static void offerOnly(OpenSessionDialog dialog, CatalogueItem... items) {
        List<Long> ids = java.util.Arrays.stream(items).map(CatalogueItem::id).toList();
        dialog.rows.forEach(row -> row.offered.setValue(ids.contains(row.item.id())));
    }

    /** The components of a day's actions cell (a grid renders them, the component tree does not hold them). */
    private List<Component> actions(SessionsView view, long sessionId) {
        int row = view.grid.getGenericDataView().getItems().map(SessionEntry::id).toList().indexOf(sessionId);
        assertThat(row).isNotNegative();
        return test(view.grid).getCellComponent(row, 3).getChildren().toList();
    }

    private static Optional<Component> action(List<Component> actions, String testId) {
        return actions.stream().filter(c -> testId.equals(c.getElement().getAttribute("data-testid"))).findFirst();
    }

    private List<SessionEntry> sessions() {
        return data.redemptions.sessions(data.community());
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anOpeningCountThatDiffersFromTheBooksNeedsAReasonAndIsRecordedAsAnAdjustment() {
        CatalogueItem rice = data.item("大米", 25, 10, 2);
        CatalogueItem soap = data.item("香皂", 10, 6, null);
        var view = open();
        var dialog = openDialog(view);
        assertThat(dialog.date.getValue()).isEqualTo(data.today());
        var riceRow = dialog.row(rice.id()).orElseThrow();
        var soapRow = dialog.row(soap.id()).orElseThrow();
        assertThat(riceRow.offered.getValue()).as("in stock: offered unless unticked").isTrue();
        assertThat(riceRow.limit.getValue()).as("the item's default limit").isEqualTo(2);
        assertThat(riceRow.count.getValue()).as("the book stock").isEqualTo(10);
        assertThat(soapRow.limit.getValue()).isNull();
        assertThat(soapRow.limit.getPlaceholder()).isEqualTo("不限");
        assertThat(riceRow.reason.isEnabled()).as("no reason while the count agrees").isFalse();

        offerOnly(dialog, rice, soap);
        String place = ExchangeTestData.unique("社区服务中心");
        test(dialog.place).setValue(place);
        test(riceRow.count).setValue(9);
        test(soapRow.limit).setValue(3);
        assertThat(riceRow.reason.isEnabled()).isTrue();
        int before = sessions().size();

        test(dialog.submit).click();

        assertThat(riceRow.reason.isInvalid()).isTrue();
        assertThat(riceRow.reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(sessions()).as("nothing opened").hasSize(before);
        assertThat(data.stock(rice.id())).isEqualTo(10);

        test(riceRow.reason).setValue("有一袋破了，放在一边");
        test(dialog.submit).click();

        SessionEntry opened = sessions().stream().filter(s -> s.place().equals(place)).findFirst().orElseThrow();
        assertThat(opened.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(opened.date()).isEqualTo(data.today());
        assertThat(opened.openedBy()).isEqualTo(DemoUsers.WENFENG_ADMIN);
        assertThat(opened.offer()).extracting(SessionOffer::itemId, SessionOffer::openingCount,
                SessionOffer::dailyLimit).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(rice.id(), 9, 2),
                        org.assertj.core.groups.Tuple.tuple(soap.id(), 6, 3));
        List<MovementLine> moves = data.catalogue.movements(rice.id(), 0, 10);
        assertThat(moves.getFirst().kind()).isEqualTo(MovementKind.ADJUSTMENT);
        assertThat(moves.getFirst().quantity()).isEqualTo(-1);
        assertThat(moves.getFirst().reason()).isEqualTo("有一袋破了，放在一边");
        assertThat(moves.getFirst().sessionId()).isEqualTo(opened.id());
        assertThat(data.stock(rice.id())).isEqualTo(9);
        assertThat(data.catalogue.movements(soap.id(), 0, 10)).extracting(MovementLine::kind)
                .containsExactly(MovementKind.RECEIPT);

        assertThat($(OpenSessionDialog.class).all()).as("the dialog closed").isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已开始兑换日："
                + data.today() + " " + place + "，2 件物品可兑换");
        assertThat(view.grid.getGenericDataView().getItems().map(SessionEntry::id)).contains(opened.id());
        assertThat(view.grid.getGenericDataView().getItems().takeWhile(s -> s.status() == SessionStatus.OPEN)
                .count()).as("open days first").isEqualTo(view.grid.getGenericDataView().getItems()
                        .filter(s -> s.status() == SessionStatus.OPEN).count());
        int row = view.grid.getGenericDataView().getItems().map(SessionEntry::id).toList().indexOf(opened.id());
        assertThat(test(view.grid).getCellText(row, 0)).isEqualTo(data.today() + place);
        assertThat(test(view.grid).getCellText(row, 2)).as("who opened it, by display name").isEqualTo("文峰塔管理员");
        var actions = actions(view, opened.id());
        var counter = (Anchor) action(actions, "sessions-counter-" + opened.id()).orElseThrow();
        assertThat(counter.getHref()).isEqualTo("exchange/counter/" + opened.id());
        assertThat(counter.getText()).isEqualTo("进入柜台");
        var close = (Button) action(actions, "sessions-close-" + opened.id()).orElseThrow();
        assertThat(close.getText()).isEqualTo("结束兑换日");
        test(close).click();
        assertThat($(CloseSessionView.class).single().rows).extracting(r -> r.offer.itemId())
                .containsExactlyInAnyOrder(rice.id(), soap.id());
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("兑换日");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aDayNeedsAPlaceAndAtLeastOneItem() {
        CatalogueItem oil = data.item("食用油", 30, 4, 1);
        data.openSession(oil);
        var dialog = openDialog(open());
        int before = sessions().size();
        assertThat(dialog.place.getValue()).as("the last place used is offered").isEqualTo(sessions().getFirst().place());
        test(dialog.place).setValue("");
        dialog.rows.forEach(row -> row.offered.setValue(false));

        test(dialog.submit).click();

        assertThat(dialog.place.isInvalid()).isTrue();
        assertThat(dialog.place.getErrorMessage()).isEqualTo("请填写地点");
        test(dialog.place).setValue("活动室");
        test(dialog.submit).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("请至少选择一件兑换物品");
        assertThat(sessions()).hasSize(before);
        assertThat(dialog.row(oil.id()).orElseThrow().count.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aCounterUserGoesToTheCounterButCannotOpenOrCloseADay() {
        SessionEntry day = data.openSession(List.of(data.item("毛巾", 8, 5, null)));
        var view = open();

        assertThat(view.open.isVisible()).isFalse();
        var actions = actions(view, day.id());
        assertThat(action(actions, "sessions-close-" + day.id())).isEmpty();
        assertThat(((Anchor) action(actions, "sessions-counter-" + day.id()).orElseThrow()).getHref())
                .isEqualTo("exchange/counter/" + day.id());
        assertThat(((Button) action(actions, "sessions-report-" + day.id()).orElseThrow()).getText())
                .isEqualTo("报表");
        assertThatThrownBy(() -> navigate(CloseSessionView.class, java.util.Map.of(CloseSessionView.PARAMETER, String.valueOf(day.id()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.redemptions.openSession(data.community(), LocalDate.now(data.clock), "柜台",
                List.of(new OfferedItem(day.offer().getFirst().itemId(), null, 5, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.redemptions.closeSession(day.id(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorReadsTheDaysButNeitherOpensNorServes() {
        SessionEntry day = data.openSession(List.of(data.item("牙膏", 6, 5, null)));
        var view = open();

        assertThat(view.open.isVisible()).isFalse();
        var actions = actions(view, day.id());
        assertThat(action(actions, "sessions-counter-" + day.id())).isEmpty();
        assertThat(action(actions, "sessions-close-" + day.id())).isEmpty();
        var report = (Button) action(actions, "sessions-report-" + day.id()).orElseThrow();
        test(report).click();
        assertThat($(SessionReportView.class).single().heading.getText()).isEqualTo(data.today() + " " + day.place());
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void speaksEnglishToAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CatalogueItem flour = data.item("面粉", 12, 3, 2);
        var view = open();

        assertThat(view.open.getText()).isEqualTo("Open a redemption day");
        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Day and place");
        assertThat(test(view.grid).getHeaderCell(2)).isEqualTo("Opened by");
        var dialog = openDialog(view);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Open a redemption day");
        assertThat(dialog.place.getLabel()).isEqualTo("Place");
        assertThat(dialog.submit.getText()).isEqualTo("Open the day");
        var row = dialog.row(flour.id()).orElseThrow();
        test(row.count).setValue(2);
        offerOnly(dialog, flour);
        test(dialog.place).setValue("Hall");
        test(dialog.submit).click();
        assertThat(row.reason.getErrorMessage()).isEqualTo(
                UI.getCurrent().getTranslation("exchange.reason.required"));
        assertThat(row.reason.getErrorMessage()).doesNotContainPattern("\\p{IsHan}");
    }
}
