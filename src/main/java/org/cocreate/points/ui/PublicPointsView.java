package org.cocreate.points.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cocreate.base.ui.PublicPageContribution;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.LeaderboardService;
import org.cocreate.points.PublicCommunity;
import org.cocreate.security.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;

/**
 * The page residents open without signing in (a QR code on the notice board, a link in the compound's
 * chat group): pick the community, then see its leaderboard with masked names. Outside the staff frame,
 * readable on a phone. Built of sections, so that the public notice board (公示) can join the leaderboard.
 */
@Route(value = "public/points/:communityId?([0-9]{1,18})", autoLayout = false)
@AnonymousAllowed
class PublicPointsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "communityId";

    final Span communityName = new Span();
    final RouterLink otherCommunity = new RouterLink();
    final Paragraph notFound = new Paragraph();
    /** The page's sections, one below the other. */
    final VerticalLayout sections = new VerticalLayout();

    private final LeaderboardService leaderboards;
    private final GrantReviewService review;
    private final List<PublicPageContribution> contributions;
    private final Clock clock;
    private @Nullable PublicCommunity community;

    PublicPointsView(LeaderboardService leaderboards, GrantReviewService review, Clock clock,
            List<PublicPageContribution> contributions) {
        this.contributions = contributions;
        this.review = review;
        this.leaderboards = leaderboards;
        this.clock = clock;
        addClassName("public-points-page");
        setPadding(false);
        setSpacing(false);

        var logo = VaadinIcon.HANDSHAKE.create();
        logo.addClassName("app-logo");
        var appName = new H1(getTranslation("app.name"));
        appName.addClassName("public-app-name");
        communityName.addClassName("public-community-name");
        communityName.setTestId("public-community-name");
        var brand = new Div(logo, appName, communityName);
        brand.addClassName("public-brand");
        otherCommunity.setText(getTranslation("publicPoints.otherCommunity"));
        otherCommunity.setRoute(PublicPointsView.class);
        otherCommunity.addClassName("public-other-community");
        otherCommunity.setTestId("public-other-community");
        var actions = new Div(otherCommunity, new LanguageSwitch(null));
        actions.addClassName("public-header-actions");
        var header = new Header(brand, actions);
        header.addClassName("public-header");

        notFound.setText(getTranslation("publicPoints.notFound"));
        notFound.setTestId("public-not-found");
        notFound.addClassName("public-not-found");
        sections.addClassName("public-sections");
        sections.setPadding(false);
        add(header, notFound, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The router reuses this view when only the parameter changes: start from an empty page each time.
        sections.removeAll();
        Optional<String> parameter = event.getRouteParameters().get(PARAMETER);
        List<PublicCommunity> communities = leaderboards.publicCommunities();
        community = parameter.flatMap(id -> communities.stream()
                .filter(c -> String.valueOf(c.id()).equals(id)).findFirst()).orElse(null);
        notFound.setVisible(parameter.isPresent() && community == null);
        communityName.setText(community == null ? "" : community.name());
        communityName.setVisible(community != null);
        otherCommunity.setVisible(community != null && communities.size() > 1);
        if (community == null) {
            sections.add(picker(communities));
        } else {
            // The notice board first: what is on notice now is what residents come to check.
            sections.add(new PublicNoticeSection(review, community.id()));
            sections.add(new LeaderboardSection(leaderboards, community.id(), LocalDate.now(clock)));
            // The other features' sections (the proposals' answers), in their order after the points'.
            long shown = community.id();
            contributions.stream().sorted(java.util.Comparator.comparingInt(PublicPageContribution::order))
                    .forEach(contribution -> sections.add(contribution.section(shown)));
        }
    }

    private Div picker(List<PublicCommunity> communities) {
        var title = new H2(getTranslation("publicPoints.choose"));
        title.addClassName("public-section-title");
        var links = new Div();
        links.addClassName("public-community-links");
        for (PublicCommunity choice : communities) {
            var link = new RouterLink(choice.name(), PublicPointsView.class,
                    new RouteParameters(PARAMETER, String.valueOf(choice.id())));
            link.addClassName("public-community-link");
            links.add(link);
        }
        var picker = new Div(title, links);
        picker.addClassNames("public-section", "public-community-picker");
        picker.setTestId("public-community-picker");
        return picker;
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("publicPoints.pageTitle")
                : getTranslation("publicPoints.pageTitle.community", community.name());
    }
}
