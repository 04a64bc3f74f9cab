package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.Names;
import org.cocreate.points.LeaderboardLine;
import org.cocreate.points.LeaderboardPeriod;
import org.cocreate.points.LeaderboardService;
import org.cocreate.security.RunAs;
import org.cocreate.security.ui.MainLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The public page, opened by nobody signed in: a community picker, then masked names only. */
@ViewTest
class PublicPointsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    Clock clock;
    @Autowired
    LeaderboardService leaderboards;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    WebApplicationContext web;

    @Test
    void withoutACommunityOffersEveryCommunityToChooseFrom() {
        var view = open("public/points");

        List<String> communities = jdbc.sql("select name from community order by id").query(String.class).list();
        assertThat($(RouterLink.class).all()).filteredOn(l -> l.hasClassName("public-community-link"))
                .extracting(RouterLink::getText).containsExactlyElementsOf(communities).contains("文峰塔社区");
        RouterLink wenfeng = $(RouterLink.class).withText("文峰塔社区").single();
        assertThat(wenfeng.getHref()).isEqualTo("public/points/" + wenfengId());
        assertThat($(H2.class).single().getText()).isEqualTo("请选择您所在的社区");
        assertThat(view.notFound.isVisible()).isFalse();
        assertThat(view.communityName.isVisible()).isFalse();
        assertThat($(LeaderboardSection.class).exists()).isFalse();
        assertThat($(MainLayout.class).exists()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo("积分排行榜 · 共同缔造");
    }

    @Test
    void showsTheMonthsTopTwentyWithMaskedNamesAndNoFullName() {
        long wenfeng = wenfengId();
        LocalDate today = LocalDate.now(clock);
        var view = open("public/points/" + wenfeng);

        assertThat(view.communityName.getText()).isEqualTo("文峰塔社区");
        assertThat(view.otherCommunity.isVisible()).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("文峰塔社区积分排行榜 · 共同缔造");
        var section = $(LeaderboardSection.class).single();
        assertThat(section.kinds.getSelectedTab()).isSameAs(section.monthTab);
        assertThat(section.monthTab.getLabel()).isEqualTo("本月");
        assertThat(section.yearTab.getLabel()).isEqualTo("本年");
        assertThat(section.periodLabel.getText()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");

        LeaderboardPeriod month = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.MONTH, today);
        assertMaskedAsTheStaffSeeIt(section.ranking.rows(), wenfeng, month);

        section.kinds.setSelectedTab(section.yearTab);
        assertThat(section.periodLabel.getText()).isEqualTo(today.getYear() + "年");
        LeaderboardPeriod year = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.YEAR, today);
        assertMaskedAsTheStaffSeeIt(section.ranking.rows(), wenfeng, year);
        assertThat(section.ranking.rows()).hasSizeLessThanOrEqualTo(LeaderboardService.PUBLIC_LIMIT).isNotEmpty();

        // Nothing on the page, rendered cells included, carries a full name of the community.
        Set<String> fullNames = Set.copyOf(jdbc.sql("""
                select r.name from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区'""").query(String.class).list());
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < section.ranking.rows().size(); row++) {
            var cell = test(section.ranking.grid).getCellComponent(row, 1);
            String name = ((Span) cell.getChildren().findFirst().orElseThrow()).getText();
            assertThat(name).isEqualTo(section.ranking.rows().get(row).name());
            shown.add(name);
        }
        $(Span.class).all().forEach(span -> shown.add(span.getText()));
        assertThat(shown).isNotEmpty().doesNotContainAnyElementsOf(fullNames);
    }

    @Test
    void theNoticeBoardListsTheGrantsOnNoticeWithMaskedNamesAboveTheLeaderboard() {
        long wenfeng = wenfengId();
        var view = open("public/points/" + wenfeng);

        var notices = $(PublicNoticeSection.class).single();
        assertThat(view.sections.getComponentAt(0)).isSameAs(notices);
        List<String> onNotice = jdbc.sql("""
                select r.name from point_grant g join resident r on r.id = g.resident_id
                where g.community_id = ? and g.status in ('NOTICE', 'OBJECTED')""").param(wenfeng)
                .query(String.class).list();
        assertThat(onNotice).as("the demo has grants on notice").isNotEmpty();
        String text = notices.getElement().getTextRecursively();
        for (String name : onNotice) {
            assertThat(text).contains(org.cocreate.base.Names.masked(name)).doesNotContain(name);
        }
    }

    @Test
    void anUnknownCommunitySaysSoAndOffersThePicker() {
        var view = open("public/points/999999999");

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.notFound.getText()).isEqualTo("找不到这个社区，请在下面选择。");
        assertThat($(LeaderboardSection.class).exists()).isFalse();
        assertThat($(RouterLink.class).withText("文峰塔社区").exists()).isTrue();
    }

    @Test
    void theSecurityFilterLetsAnonymousVisitorsReachThePublicPageButNotTheStaffOne() throws Exception {
        // The application's security filter chain in front of an empty Spring MVC: what it lets through ends
        // in a 404 there, what it stops is sent to the sign-in page.
        MockMvc mvc = MockMvcBuilders.standaloneSetup()
                .addFilters(web.getBean("springSecurityFilterChain", Filter.class)).build();

        for (String page : List.of("/public/points", "/public/points/" + wenfengId())) {
            MvcResult result = mvc.perform(get(page)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).as(page).isNull();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(404);
        }
        MvcResult staffPage = mvc.perform(get("/points/leaderboard")).andReturn();
        assertThat(staffPage.getResponse().getStatus()).isEqualTo(302);
        assertThat(staffPage.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private void assertMaskedAsTheStaffSeeIt(List<RankingList.Row> rows, long community, LeaderboardPeriod period) {
        List<LeaderboardLine> staff = new RunAs(userDetails).get(DemoUsers.WENFENG_ADMIN,
                () -> leaderboards.leaderboard(community, period, LeaderboardService.PUBLIC_LIMIT));
        assertThat(rows).extracting(RankingList.Row::rank).containsExactlyElementsOf(
                staff.stream().map(LeaderboardLine::rank).toList());
        assertThat(rows).extracting(RankingList.Row::name).containsExactlyElementsOf(
                staff.stream().map(l -> Names.masked(l.name())).toList());
        assertThat(rows).extracting(RankingList.Row::compoundName).containsExactlyElementsOf(
                staff.stream().map(LeaderboardLine::compoundName).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.name()).matches(".\\*+"));
    }

    private PublicPointsView open(String location) {
        navigate(location, PublicPointsView.class);
        return $(PublicPointsView.class).single();
    }

    private long wenfengId() {
        return communityData.community("文峰塔社区");
    }
}
