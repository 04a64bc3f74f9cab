package org.cocreate.points.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabsVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cocreate.points.LeaderboardPeriod;
import org.cocreate.points.LeaderboardPeriod.Kind;
import org.cocreate.points.LeaderboardService;
import org.cocreate.points.PublicLeaderboardLine;

/**
 * The leaderboard as the public page shows it: this month and this year, the top twenty, names masked.
 * One section of the page among others (the public notice board comes next to it).
 */
class LeaderboardSection extends Composite<Section> {

    final Tab monthTab = new Tab();
    final Tab yearTab = new Tab();
    final Tabs kinds = new Tabs(monthTab, yearTab);
    final Span periodLabel = new Span();
    final RankingList ranking = new RankingList();

    private final LeaderboardService leaderboards;
    private final long communityId;
    private final LeaderboardPeriod month;
    private final LeaderboardPeriod year;

    LeaderboardSection(LeaderboardService leaderboards, long communityId, LocalDate today) {
        this.leaderboards = leaderboards;
        this.communityId = communityId;
        this.month = LeaderboardPeriod.containing(Kind.MONTH, today);
        this.year = LeaderboardPeriod.containing(Kind.YEAR, today);

        monthTab.setLabel(getTranslation("publicPoints.thisMonth"));
        monthTab.setTestId("public-leaderboard-month");
        yearTab.setLabel(getTranslation("publicPoints.thisYear"));
        yearTab.setTestId("public-leaderboard-year");
        kinds.addThemeVariants(TabsVariant.LUMO_EQUAL_WIDTH_TABS);
        kinds.addClassName("leaderboard-kinds");
        periodLabel.addClassName("leaderboard-period");
        periodLabel.setTestId("public-leaderboard-period");
        kinds.addSelectedChangeListener(e -> show(kinds.getSelectedTab() == yearTab ? year : month));

        var title = new H2(getTranslation("publicPoints.leaderboard"));
        title.addClassName("public-section-title");
        var hint = new Paragraph(getTranslation("publicPoints.hint", LeaderboardService.PUBLIC_LIMIT));
        hint.addClassName("leaderboard-hint");
        ranking.setTestId("public-leaderboard");
        var section = getContent();
        section.addClassNames("public-section", "leaderboard-section");
        section.add(title, kinds, periodLabel, hint, ranking);
        show(month);
    }

    private void show(LeaderboardPeriod period) {
        periodLabel.setText(LeaderboardTexts.period(period));
        List<PublicLeaderboardLine> lines = leaderboards.publicLeaderboard(communityId, period);
        ranking.show(IntStream.range(0, lines.size()).mapToObj(i -> row(i, lines.get(i))).toList());
    }

    private static RankingList.Row row(int index, PublicLeaderboardLine line) {
        return new RankingList.Row(index, line.rank(), line.maskedName(), line.compoundName(), line.points());
    }
}
