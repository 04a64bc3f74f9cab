package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class LeaderboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void showsThisMonthsRankingOfTheWorkingCommunityWithMedalsForTheFirstThree() {
        LocalDate today = LocalDate.now(clock);
        var view = open();

        assertThat($(H1.class).single().getText()).isEqualTo("文峰塔社区积分排行榜");
        assertThat(view.kinds.getSelectedTab()).isSameAs(view.monthTab);
        assertThat(view.monthTab.getLabel()).isEqualTo("月榜");
        assertThat(view.yearTab.getLabel()).isEqualTo("年榜");
        assertThat(view.periodLabel.getText()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        assertThat(view.next.isEnabled()).isFalse();

        List<RankingList.Row> rows = view.ranking.rows();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(LeaderboardView.LIMIT);
        assertRanked(rows);
        Map<String, Set<String>> wenfeng = residentsOf("文峰塔社区");
        assertThat(rows).allSatisfy(row -> assertThat(wenfeng.get(row.name())).as(row.name())
                .contains(row.compoundName()));
        Span medal = (Span) test(view.ranking.grid).getCellComponent(0, 0);
        assertThat(medal.getClassNames()).contains("leaderboard-medal", "leaderboard-medal-1");
        assertThat(medal.getText()).isEqualTo("1");
        assertThat(medal.getElement().getAttribute("aria-label")).isEqualTo("第 1 名");
        assertThat(test(view.ranking.grid).getCellText(0, 2)).isEqualTo(rows.getFirst().points().value() + " 分");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void switchesToTheYearAndStepsBackAndForth() {
        LocalDate today = LocalDate.now(clock);
        var view = open();
        long monthTop = view.ranking.rows().getFirst().points().value();

        view.kinds.setSelectedTab(view.yearTab);

        assertThat(view.periodLabel.getText()).isEqualTo(today.getYear() + "年");
        List<RankingList.Row> year = view.ranking.rows();
        assertRanked(year);
        // What the month's first earned this month is part of what they earned this year.
        assertThat(year.getFirst().points().value()).isGreaterThanOrEqualTo(monthTop);
        assertThat(view.next.isEnabled()).isFalse();

        test(view.previous).click();
        assertThat(view.periodLabel.getText()).isEqualTo((today.getYear() - 1) + "年");
        assertThat(view.next.isEnabled()).isTrue();
        assertRanked(view.ranking.rows());

        view.kinds.setSelectedTab(view.monthTab);
        assertThat(view.periodLabel.getText()).isEqualTo((today.getYear() - 1) + "年12月");
        test(view.next).click();
        assertThat(view.periodLabel.getText()).isEqualTo(today.getYear() + "年1月");

        view.kinds.setSelectedTab(view.yearTab);
        view.kinds.setSelectedTab(view.monthTab);
        assertThat(view.periodLabel.getText()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        test(view.previous).click();
        LocalDate before = today.minusMonths(1);
        assertThat(view.periodLabel.getText()).isEqualTo(before.getYear() + "年" + before.getMonthValue() + "月");
        assertRanked(view.ranking.rows());
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void theCommitteeSeesItsOwnCommunityOnly() {
        var view = open();

        assertThat($(H1.class).single().getText()).isEqualTo("带谟阁社区积分排行榜");
        Map<String, Set<String>> daimo = residentsOf("带谟阁社区");
        assertThat(view.ranking.rows()).allSatisfy(row -> assertThat(daimo.get(row.name())).as(row.name())
                .contains(row.compoundName()));
        view.kinds.setSelectedTab(view.yearTab);
        assertThat(view.ranking.rows()).isNotEmpty().allSatisfy(row -> assertThat(daimo.get(row.name()))
                .as(row.name()).contains(row.compoundName()));
    }

    @Test
    void nobodySignedInDoesNotGetTheStaffLeaderboard() {
        assertThatThrownBy(() -> navigate(LeaderboardView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(LeaderboardView.class).exists()).isFalse();
    }

    private LeaderboardView open() {
        navigate(LeaderboardView.class);
        return $(LeaderboardView.class).single();
    }

    private static void assertRanked(List<RankingList.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            RankingList.Row row = rows.get(i);
            assertThat(row.points().value()).isPositive();
            if (i == 0) {
                assertThat(row.rank()).isEqualTo(1);
            } else {
                RankingList.Row above = rows.get(i - 1);
                assertThat(row.points()).isLessThanOrEqualTo(above.points());
                assertThat(row.rank()).isEqualTo(row.points().equals(above.points()) ? above.rank() : i + 1);
            }
        }
    }

    /** Name → the compounds where residents of that name live, in the community. */
    private Map<String, Set<String>> residentsOf(String community) {
        return jdbc.sql("""
                select r.name, c.name from resident r join community m on m.id = r.community_id
                join household h on h.id = r.household_id join building b on b.id = h.building_id
                join compound c on c.id = b.compound_id where m.name = ?""").param(community)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }
}
