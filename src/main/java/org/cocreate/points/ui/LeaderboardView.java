package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.cocreate.points.LeaderboardLine;
import org.cocreate.points.LeaderboardPeriod;
import org.cocreate.points.LeaderboardPeriod.Kind;
import org.cocreate.points.LeaderboardService;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * The working community's leaderboard for staff (积分排行榜): a month or a year, stepped back and forth
 * with the arrows, full names and compounds. The same ranking, masked, is on the public page.
 */
@Route("points/leaderboard")
@Menu(order = 46, icon = "vaadin:trophy", title = "nav.leaderboard")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.COUNTER_NAME, Role.SUPERVISOR_NAME})
class LeaderboardView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 100;

    final Tab monthTab = new Tab();
    final Tab yearTab = new Tab();
    final Tabs kinds = new Tabs(monthTab, yearTab);
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span periodLabel = new Span();
    final RankingList ranking = new RankingList();

    private final LeaderboardService leaderboards;
    private final long communityId;
    private final LocalDate today;
    private LeaderboardPeriod period;

    LeaderboardView(LeaderboardService leaderboards, WorkingCommunity workingCommunity, Clock clock) {
        this.leaderboards = leaderboards;
        CommunityRef community = workingCommunity.require();
        this.communityId = community.id();
        this.today = LocalDate.now(clock);
        this.period = LeaderboardPeriod.containing(Kind.MONTH, today);
        setPadding(false);
        addClassName("leaderboard-view");

        monthTab.setLabel(getTranslation(Kind.MONTH.translationKey()));
        monthTab.setTestId("leaderboard-month");
        yearTab.setLabel(getTranslation(Kind.YEAR.translationKey()));
        yearTab.setTestId("leaderboard-year");
        kinds.addClassName("leaderboard-kinds");
        kinds.addSelectedChangeListener(e -> show(period.as(kinds.getSelectedTab() == yearTab ? Kind.YEAR
                : Kind.MONTH, today)));

        previous.setAriaLabel(getTranslation("leaderboard.previous"));
        previous.setTestId("leaderboard-previous");
        previous.addClickListener(e -> show(period.previous()));
        next.setAriaLabel(getTranslation("leaderboard.next"));
        next.setTestId("leaderboard-next");
        next.addClickListener(e -> show(period.next()));
        for (Button arrow : new Button[] {previous, next}) {
            arrow.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            arrow.addClassName("leaderboard-arrow");
        }
        periodLabel.addClassName("leaderboard-period");
        periodLabel.setTestId("leaderboard-period");
        var stepper = new HorizontalLayout(previous, periodLabel, next);
        stepper.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        stepper.addClassName("leaderboard-stepper");

        var controls = new HorizontalLayout(kinds, stepper);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        controls.addClassName("leaderboard-controls");
        controls.setWidthFull();

        var hint = new Paragraph(getTranslation("leaderboard.hint"));
        hint.addClassName("leaderboard-hint");
        ranking.setTestId("leaderboard-ranking");
        var content = new VerticalLayout(controls, hint, ranking);
        content.addClassName("leaderboard-content");
        add(new ViewToolbar(getTranslation("leaderboard.title", community.name())), content);
        show(period);
    }

    private void show(LeaderboardPeriod shown) {
        period = shown;
        periodLabel.setText(LeaderboardTexts.period(shown));
        // Nothing is earned in the future: the arrow stops at the period that holds today.
        next.setEnabled(!shown.next().from().isAfter(today));
        List<LeaderboardLine> lines = leaderboards.leaderboard(communityId, shown, LIMIT);
        ranking.show(IntStream.range(0, lines.size()).mapToObj(i -> row(i, lines.get(i))).toList());
    }

    private static RankingList.Row row(int index, LeaderboardLine line) {
        return new RankingList.Row(index, line.rank(), line.name(), line.compoundName(), line.points());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leaderboard");
    }
}
