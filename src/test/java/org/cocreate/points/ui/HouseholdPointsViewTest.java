package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.points.MemberBalance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class HouseholdPointsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    record Member(long id, String name, long balance) {
    }

    /** A household of 文峰塔 where at least two members hold points. */
    private long wenfengHouseholdWithPoints() {
        return jdbc.sql("""
                select r.household_id from resident r join point_account a on a.resident_id = r.id
                join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and a.balance > 0
                group by r.household_id having count(*) >= 2 order by count(*) desc, r.household_id""")
                .query(Long.class).list().getFirst();
    }

    /** Each member with the sum of their entries, straight from the ledger. */
    private List<Member> members(long household) {
        return jdbc.sql("""
                select r.id, r.name, coalesce((select sum(e.amount) from ledger_entry e
                    join point_account a on a.id = e.account_id where a.resident_id = r.id), 0) as balance
                from resident r where r.household_id = ? order by r.id""")
                .param(household).query(Member.class).list();
    }

    private HouseholdPointsView open(String householdId) {
        navigate("points/households/" + householdId, HouseholdPointsView.class);
        return $(HouseholdPointsView.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void showsEachMembersBalanceAndAHouseholdTotalThatIsTheirSum() {
        long household = wenfengHouseholdWithPoints();
        List<Member> expected = members(household);
        long sum = expected.stream().mapToLong(Member::balance).sum();

        var view = open(String.valueOf(household));

        assertThat(view.address.getText()).isNotBlank();
        var grid = test(view.members);
        assertThat(grid.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(grid.getCellText(i, 0)).isEqualTo(expected.get(i).name());
            assertThat(grid.getCellText(i, 1)).isEqualTo(String.valueOf(expected.get(i).balance()));
        }
        assertThat(sum).isPositive();
        assertThat(view.total.getText()).isEqualTo(String.valueOf(sum));
        assertThat(view.notFound.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aMembersStatementIsOneTapAway() {
        long household = wenfengHouseholdWithPoints();
        Member richest = members(household).stream().max((a, b) -> Long.compare(a.balance(), b.balance()))
                .orElseThrow();

        var view = open(String.valueOf(household));
        int row = view.members.getListDataView().getItems().map(MemberBalance::residentId).toList()
                .indexOf(richest.id());
        var statement = (Button) test(view.members).getCellComponent(row, 2);
        assertThat(statement.getText()).isEqualTo("积分明细");
        test(statement).click();

        var opened = $(ResidentStatementView.class).single();
        assertThat(opened.name.getText()).isEqualTo(richest.name());
        assertThat(opened.balance.getText()).isEqualTo(String.valueOf(richest.balance()));
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void isReachedFromTheHouseholdOfTheRegister() {
        long household = jdbc.sql("select household_id from resident where name = '陈斌'").query(Long.class).single();
        navigate("households/" + household, com.vaadin.flow.component.Component.class);
        Button points = $(Button.class).all().stream().filter(b -> "household-points".equals(b.getTestId()))
                .findFirst().orElseThrow();
        assertThat(points.getText()).isEqualTo("积分");

        test(points).click();

        var view = $(HouseholdPointsView.class).single();
        assertThat(view.address.getText()).isEqualTo("百货小区 1栋 1单元 301");
        assertThat(view.members.getListDataView().getItems()).extracting(MemberBalance::name).contains("陈斌");
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aHouseholdOfAnotherCommunityLooksLikeOneThatDoesNotExist() {
        long household = wenfengHouseholdWithPoints();
        for (String id : List.of(String.valueOf(household), "abc")) {
            var view = open(id);
            assertThat(view.notFound.isVisible()).as(id).isTrue();
            assertThat(view.notFound.getText()).isEqualTo("找不到该记录，或您无权查看。");
            assertThat(view.total.getText()).isEmpty();
            assertThat(view.members.getListDataView().getItems()).isEmpty();
        }
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberMayNotOpenAHouseholdsPoints() {
        long household = wenfengHouseholdWithPoints();
        assertThatThrownBy(() -> navigate("points/households/" + household, HouseholdPointsView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void speaksEnglishToAnEnglishUser() {
        long household = wenfengHouseholdWithPoints();
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var view = open(String.valueOf(household));

        assertThat(view.getPageTitle()).isEqualTo("Household points");
        assertThat(((Button) test(view.members).getCellComponent(0, 2)).getText()).isEqualTo("Statement");
    }
}
