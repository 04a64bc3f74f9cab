package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.cocreate.Application;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.ui.Formats;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.StatementLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ResidentStatementViewTest extends SpringBrowserlessTest {

    private static final Map<String, String> KINDS = Map.of("GRANT", "奖励", "DEDUCTION", "扣分",
            "REDEMPTION", "兑换", "REVERSAL", "冲正", "EXPIRY", "过期");
    private static final int AMOUNT = 4;
    private static final int BALANCE = 5;
    private static final int BY = 6;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    GrantReviewFixtures fixtures;

    record Entry(long id, String kind, long amount, long balanceAfter, LocalDateTime createdAt) {
    }

    /** The demo resident of 文峰塔 with the most demo entries (other tests make residents with many of today). */
    private long busiestWenfengResident() {
        return jdbc.sql("""
                select a.resident_id from point_account a join community m on m.id = a.community_id
                join ledger_entry e on e.account_id = a.id
                where m.name = '文峰塔社区' and e.created_by = 'demo'
                group by a.resident_id order by count(*) desc, a.resident_id""")
                .query(Long.class).list().getFirst();
    }

    private List<Entry> entriesOf(long resident) {
        return jdbc.sql("""
                select e.id, e.kind, e.amount, e.balance_after, e.created_at from ledger_entry e
                join point_account a on a.id = e.account_id where a.resident_id = ? order by e.id""")
                .param(resident).query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("kind"),
                        rs.getLong("amount"), rs.getLong("balance_after"),
                        // Read as Hibernate reads it (hibernate.jdbc.time_zone), so that times match the screen's.
                        rs.getTimestamp("created_at", Calendar.getInstance(TimeZone.getTimeZone(Application.ZONE)))
                                .toLocalDateTime()))
                .list();
    }

    private String nameOf(long resident) {
        return jdbc.sql("select name from resident where id = ?").param(resident).query(String.class).single();
    }

    private ResidentStatementView open(String residentId) {
        navigate("points/residents/" + residentId + "/statement", ResidentStatementView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(ResidentStatementView.class).single();
    }

    private static List<StatementLine> lines(ResidentStatementView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private static String signed(long amount) {
        return amount > 0 ? "+" + amount : amount < 0 ? "\u2212" + (-amount) : "0";
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void grantsOnTheirWayAreShownBesideTheBalanceButNotInIt() {
        // A demo grant on public notice (see PointsDemoData): not spendable yet, so not in the balance.
        var onNotice = jdbc.sql("""
                select g.resident_id, g.amount from point_grant g join community m on m.id = g.community_id
                where m.name = '文峰塔社区' and g.status = 'NOTICE' order by g.id""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().getFirst();
        long open = jdbc.sql("select count(*) from point_grant where resident_id = ? and status in "
                + "('PENDING_APPROVAL', 'NOTICE', 'OBJECTED')").param(onNotice[0]).query(Long.class).single();
        long sum = jdbc.sql("select sum(amount) from point_grant where resident_id = ? and status in "
                + "('PENDING_APPROVAL', 'NOTICE', 'OBJECTED')").param(onNotice[0]).query(Long.class).single();

        var view = open(String.valueOf(onNotice[0]));

        assertThat(view.pending.isVisible()).isTrue();
        assertThat(view.pending.getText()).isEqualTo("另有 " + open + " 笔共 +" + sum + " 分在审批或公示中，入账后才能使用");
        long posted = jdbc.sql("select coalesce(sum(e.amount), 0) from ledger_entry e join point_account a "
                + "on a.id = e.account_id where a.resident_id = ?").param(onNotice[0]).query(Long.class).single();
        assertThat(view.balance.getText()).isEqualTo(String.valueOf(posted));

        assertThat(open(String.valueOf(busiestWenfengResident())).pending.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void showsEveryEntryOfADemoResidentWithTheRunningBalanceTheLedgerAddsUpTo() {
        long resident = busiestWenfengResident();
        List<Entry> entries = entriesOf(resident);
        long sum = entries.stream().mapToLong(Entry::amount).sum();
        assertThat(entries).hasSizeGreaterThan(3);

        var view = open(String.valueOf(resident));
        assertThat(view.name.getText()).isEqualTo(nameOf(resident));
        assertThat(view.address.getText()).startsWith("文峰塔社区 ");
        assertThat(view.balance.getText()).isEqualTo(String.valueOf(sum));
        assertThat(view.presets.get(StatementPeriod.LAST_12_MONTHS).getThemeNames())
                .as("the last twelve months are shown first").contains(ButtonVariant.PRIMARY.getVariantName());

        test(view.presets.get(StatementPeriod.ALL)).click();
        assertThat(view.from.getValue()).isNull();
        assertThat(view.to.getValue()).isEqualTo(LocalDate.now(clock));
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(entries.size());
        long running = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            running += entry.amount();
            assertThat(grid.getRow(i).entryId()).isEqualTo(entry.id());
            assertThat(grid.getCellText(i, 1)).isEqualTo(KINDS.get(entry.kind()));
            var amount = (Span) grid.getCellComponent(i, AMOUNT);
            assertThat(amount.getText()).isEqualTo(signed(entry.amount()));
            assertThat(amount.getClassNames())
                    .contains(entry.amount() > 0 ? "points-amount-plus" : "points-amount-minus");
            assertThat(grid.getCellText(i, BALANCE)).as("running balance after entry %d", entry.id())
                    .isEqualTo(String.valueOf(running));
        }
        assertThat(grid.getCellText(0, 0)).isEqualTo(Formats.of(Locale.SIMPLIFIED_CHINESE).dateTime(entries.getFirst().createdAt()));
        assertThat(view.opening.getText()).isEqualTo("期初余额 0");
        assertThat(view.closing.getText()).isEqualTo("期末余额 " + sum);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aPeriodShowsOnlyItsEntriesBetweenTheBalanceBeforeItAndTheBalanceAfterIt() {
        long resident = busiestWenfengResident();
        List<Entry> entries = entriesOf(resident);
        LocalDate to = entries.get(entries.size() / 2).createdAt().toLocalDate();
        LocalDate from = to.minusDays(20);
        List<Entry> inPeriod = entries.stream().filter(e -> !e.createdAt().toLocalDate().isBefore(from)
                && !e.createdAt().toLocalDate().isAfter(to)).toList();
        long before = entries.stream().filter(e -> e.createdAt().toLocalDate().isBefore(from))
                .mapToLong(Entry::amount).sum();
        long after = before + inPeriod.stream().mapToLong(Entry::amount).sum();
        assertThat(inPeriod).isNotEmpty().hasSizeLessThan(entries.size());

        var view = open(String.valueOf(resident));
        test(view.from).setValue(from);
        test(view.to).setValue(to);

        assertThat(lines(view)).extracting(StatementLine::entryId)
                .containsExactlyElementsOf(inPeriod.stream().map(Entry::id).toList());
        assertThat(view.opening.getText()).isEqualTo("期初余额 " + before);
        assertThat(view.closing.getText()).isEqualTo("期末余额 " + after);
        assertThat(test(view.grid).getCellText(0, BALANCE))
                .isEqualTo(String.valueOf(before + inPeriod.getFirst().amount()));
        assertThat(view.presets.values()).allSatisfy(button -> assertThat(button.getThemeNames())
                .doesNotContain(ButtonVariant.PRIMARY.getVariantName()));

        test(view.presets.get(StatementPeriod.THIS_MONTH)).click();
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        assertThat(view.from.getValue()).isEqualTo(firstOfMonth);
        assertThat(lines(view)).extracting(StatementLine::entryId).containsExactlyElementsOf(entries.stream()
                .filter(e -> !e.createdAt().toLocalDate().isBefore(firstOfMonth)).map(Entry::id).toList());

        test(view.from).setValue(to.plusDays(1));
        test(view.to).setValue(to);
        assertThat(view.to.isInvalid()).as("an end before the start").isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
        assertThat(lines(view)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void thePrintedPageShowsThePeriodsTableWithItsTotalsAndNoMenu() {
        long resident = busiestWenfengResident();
        List<Entry> entries = entriesOf(resident);
        LocalDate to = entries.get(entries.size() / 2).createdAt().toLocalDate();
        LocalDate from = to.minusDays(30);
        List<Entry> inPeriod = entries.stream().filter(e -> !e.createdAt().toLocalDate().isBefore(from)
                && !e.createdAt().toLocalDate().isAfter(to)).toList();
        long closing = inPeriod.getLast().balanceAfter();

        var statement = open(String.valueOf(resident));
        test(statement.from).setValue(from);
        test(statement.to).setValue(to);
        test(statement.print).click();

        var page = $(ResidentStatementPrintView.class).single();
        assertThat($(AppLayout.class).exists()).as("a page of its own, without the menu").isFalse();
        assertThat(page.heading.getText()).isEqualTo("文峰塔社区居民积分明细");
        assertThat(page.resident.getText()).isEqualTo("居民：" + nameOf(resident));
        assertThat(page.period.getText()).isEqualTo("期间：" + from + " 至 " + to);
        assertThat(page.printedOn.getText()).isEqualTo("打印日期：" + LocalDate.now(clock));

        List<NativeTableRow> body = page.table.getBody().getRows();
        assertThat(body).hasSize(1 + inPeriod.size());
        assertThat(texts(body.getFirst())).first().isEqualTo("期初余额");
        for (int i = 0; i < inPeriod.size(); i++) {
            List<String> cells = texts(body.get(i + 1));
            assertThat(cells).hasSize(7);
            assertThat(cells.get(1)).isEqualTo(KINDS.get(inPeriod.get(i).kind()));
            assertThat(cells.get(AMOUNT)).isEqualTo(signed(inPeriod.get(i).amount()));
            assertThat(cells.get(BALANCE)).isEqualTo(String.valueOf(inPeriod.get(i).balanceAfter()));
        }
        List<NativeTableRow> foot = page.table.getFoot().getRows();
        assertThat(texts(foot.getLast())).containsExactly("期末余额", "", String.valueOf(closing), "");
        assertThat(page.print.isVisible()).isTrue();

        test(page.back).click();
        var back = $(ResidentStatementView.class).single();
        assertThat(back.from.getValue()).as("back to the same period").isEqualTo(from);
        assertThat(back.to.getValue()).isEqualTo(to);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void thePrintedPageOpensFromItsAddressForEverythingUpToToday() {
        long resident = busiestWenfengResident();
        List<Entry> entries = entriesOf(resident);

        navigate("points/residents/" + resident + "/statement/print", ResidentStatementPrintView.class);
        var page = $(ResidentStatementPrintView.class).single();

        assertThat(page.period.getText()).isEqualTo("期间：截至 " + LocalDate.now(clock) + " 的全部记录");
        assertThat(page.table.getBody().getRows()).hasSize(1 + entries.size());
        assertThat(texts(page.table.getHead().getRows().getFirst())).containsExactly("时间", "类型", "规则", "备注",
                "积分", "余额", "经办人");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void isReachedFromAResidentOfTheRegister() {
        navigate("residents", com.vaadin.flow.component.Component.class);
        @SuppressWarnings("unchecked")
        Grid<ResidentListEntry> residents = $(Grid.class).all().stream()
                .filter(g -> "resident-grid".equals(g.getTestId())).findFirst().orElseThrow();
        ResidentListEntry first = test(residents).getRow(0);
        test(residents).clickRow(0);
        Button statement = $(Button.class).all().stream()
                .filter(b -> "resident-points-statement".equals(b.getTestId())).findFirst().orElseThrow();
        assertThat(statement.getText()).isEqualTo("积分明细");

        test(statement).click();

        var view = $(ResidentStatementView.class).single();
        assertThat(view.name.getText()).isEqualTo(first.name());
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aResidentOfAnotherCommunityLooksLikeOneThatDoesNotExist() {
        long wenfengResident = busiestWenfengResident();
        for (String id : List.of(String.valueOf(wenfengResident), "abc", "999999999")) {
            var view = open(id);
            assertThat(view.notFound.isVisible()).as(id).isTrue();
            assertThat(view.notFound.getText()).isEqualTo("找不到该记录，或您无权查看。");
            assertThat(view.name.getText()).isEmpty();
            assertThat(lines(view)).isEmpty();
            assertThat(view.print.isVisible()).isFalse();
        }
        navigate("points/residents/" + wenfengResident + "/statement/print", ResidentStatementPrintView.class);
        var page = $(ResidentStatementPrintView.class).single();
        assertThat(page.notFound.isVisible()).isTrue();
        assertThat(page.table.getBody().getRows()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorReadsTheStatementWithNameAndBalance() {
        long resident = busiestWenfengResident();
        long sum = entriesOf(resident).stream().mapToLong(Entry::amount).sum();

        var view = open(String.valueOf(resident));

        assertThat(view.name.getText()).isEqualTo(nameOf(resident));
        assertThat(view.balance.getText()).isEqualTo(String.valueOf(sum));
        assertThat(lines(view)).isNotEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberMayNotOpenAStatement() {
        long resident = busiestWenfengResident();
        assertThatThrownBy(() -> navigate("points/residents/" + resident + "/statement", ResidentStatementView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentStatementView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void speaksEnglishToAnEnglishUser() {
        long resident = busiestWenfengResident();
        List<Entry> entries = entriesOf(resident);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var view = open(String.valueOf(resident));
        test(view.presets.get(StatementPeriod.ALL)).click();

        assertThat(view.presets.get(StatementPeriod.THIS_MONTH).getText()).isEqualTo("This month");
        assertThat(view.print.getText()).isEqualTo("Print");
        assertThat(view.opening.getText()).isEqualTo("Opening balance 0");
        assertThat(test(view.grid).getCellText(0, 1))
                .isEqualTo(entries.getFirst().kind().equals("GRANT") ? "Grant" : "Deduction");

        test(view.print).click();
        var page = $(ResidentStatementPrintView.class).single();
        assertThat(page.heading.getText()).isEqualTo("文峰塔社区: points statement");
        assertThat(texts(page.table.getFoot().getRows().getLast()).getFirst()).isEqualTo("Closing balance");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void namesTheStaffMemberWhoMadeAnEntryByTheirDisplayNameOnScreenAndInPrint() {
        long resident = fixtures.newResident();
        // No notice period, so that the grant is posted at once and its entry carries the worker's sign-in name.
        fixtures.settings(new CommunityPointsSettings(20, 0, null));
        try {
            GrantOutcome posted = fixtures.grant(DemoUsers.WENFENG_WORKER, resident,
                    GrantReviewFixtures.VOLUNTEERING, 1, null);
            assertThat(posted.status()).isEqualTo(GrantStatus.POSTED);
        } finally {
            fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
        }

        var view = open(String.valueOf(resident));
        assertThat(lines(view)).extracting(StatementLine::createdBy).containsExactly(DemoUsers.WENFENG_WORKER);
        assertThat(test(view.grid).getCellText(0, BY)).isEqualTo("文峰塔社工");

        test(view.print).click();
        var page = $(ResidentStatementPrintView.class).single();
        List<NativeTableRow> body = page.table.getBody().getRows();
        assertThat(body).hasSize(2);
        assertThat(texts(body.get(1)).get(BY)).isEqualTo("文峰塔社工");
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell instanceof NativeTableCell data ? data.getText()
                : ((com.vaadin.flow.component.HasText) cell).getText()).toList();
    }
}
