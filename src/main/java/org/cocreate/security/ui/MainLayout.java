package org.cocreate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.WorkbenchContribution.Target;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.SignedInUser;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;

/**
 * The frame of every signed-in screen: the side navigation (only what the user's roles may open, grouped by
 * area), the community the user works in, the language, and the user menu. It lives in the security feature
 * because everything it shows is about who is signed in. (The detour to the password form after an admin's
 * reset is not here but in PasswordChangeFirst, for every route, with or without this layout.)
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The label key of an area's group is this prefix and the area, e.g. {@code nav.area.points}. */
    static final String AREA_KEY = "nav.area.";
    private static final String ROOT_PACKAGE = "org.cocreate.";

    private final UserService users;
    private final WorkingCommunity workingCommunity;
    /** The menu's groups by area, in menu order. */
    private final Map<String, SideNavItem> groups = new LinkedHashMap<>();

    /** At most this many of the role's main tasks in the bottom bar, beside the workbench. */
    static final int BOTTOM_BAR_TASKS = 3;

    MainLayout(CurrentUser currentUser, UserService users, WorkingCommunity workingCommunity,
            AuthenticationContext authentication, WorkbenchItems workbench) {
        this.users = users;
        this.workingCommunity = workingCommunity;
        setPrimarySection(Section.DRAWER);
        // The drawer's name for screen readers when it slides over the screen (Vaadin's default: "Drawer").
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        SignedInUser user = currentUser.require();
        var scroller = new Scroller(createSideNav());
        scroller.addClassName("drawer-nav");
        addToDrawer(createHeader(), createCommunitySwitcher(), scroller,
                createFooter(user, authentication));
        addToNavbar(true, createBottomBar(workbench));
    }

    /**
     * In portrait (where the menu is a drawer behind ☰) a bar at the bottom keeps the workbench and the role's
     * main tasks one tap away, so that every frequent task is at most two taps from anywhere. Vaadin puts a
     * touch-optimised navbar at the bottom in that mode; the stylesheet hides it where the menu is in view.
     */
    private Component createBottomBar(WorkbenchItems workbench) {
        var bar = new Div();
        bar.addClassName("bottom-bar");
        bar.setTestId("bottom-bar");
        // Its links exist only while the drawer is an overlay (portrait): every element is memory the server
        // keeps per open screen, and a counter on its side (the drawer in view) has no use for them.
        getElement().addPropertyChangeListener("overlay", "overlay-changed", changed -> {
            bar.removeAll();
            if (isOverlay()) {
                fillBottomBar(bar, workbench);
            }
        });
        return bar;
    }

    private void fillBottomBar(Div bar, WorkbenchItems workbench) {
        bar.add(bottomLink(getTranslation("nav.workbench"), VaadinIcon.HOME.create(), Target.of(WorkbenchView.class),
                "bottom-bar-home"));
        workingCommunity.get().ifPresent(community -> workbench.myShortcuts(community.id()).stream()
                .limit(BOTTOM_BAR_TASKS)
                .forEach(task -> bar.add(bottomLink(getTranslation(task.labelKey()), new Icon(task.icon()), task.target(),
                        "bottom-bar-" + WorkbenchView.lastPart(task.labelKey())))));
    }

    private static RouterLink bottomLink(String label, Icon icon, Target target, String testId) {
        var link = new RouterLink();
        link.setRoute(target.view(), target.route());
        link.setQueryParameters(target.query());
        link.add(icon, new Span(label));
        link.setHighlightCondition(HighlightConditions.sameLocation());
        link.addClassName("bottom-bar-link");
        link.setTestId(testId);
        return link;
    }

    private Component createHeader() {
        var logo = new Icon(VaadinIcon.HANDSHAKE);
        logo.addClassName("app-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        var header = new Div(logo, name);
        header.addClassName("drawer-header");
        return header;
    }

    private Component createCommunitySwitcher() {
        var choices = workingCommunity.choices();
        var current = workingCommunity.get().orElse(null);
        if (choices.size() <= 1) {
            var label = new Span(current == null ? getTranslation("community.none") : current.name());
            label.addClassName("working-community");
            label.setTestId("working-community");
            return label;
        }
        var select = new Select<CommunityRef>();
        select.setLabel(getTranslation("community.working"));
        select.setItems(choices);
        select.setItemLabelGenerator(CommunityRef::name);
        select.setValue(current);
        select.addClassName("working-community");
        select.setTestId("working-community");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                workingCommunity.select(e.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    /**
     * The menu: the home first, then one collapsible group per area. A view's area is its feature, the
     * package it lives in ({@code org.cocreate.<feature>.ui}), labelled by the key {@code nav.area.<feature>}:
     * a new feature (proposals, meetings, rosters, reports) gets its own group by adding its {@code @Menu} views
     * and that one key in both languages, without touching this class. Groups come in the order of their first
     * view's {@code @Menu(order)}, entries within a group likewise. MenuConfiguration lists only the views the
     * user's roles may open, so a group with nothing to open for the role is not there at all.
     */
    private SideNav createSideNav() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        // The groups' open/close button is read out by screen readers: in the user's language too.
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.area.toggle")));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (isHome(entry)) {
                nav.addItem(createItem(entry));
                continue;
            }
            groups.computeIfAbsent(areaOf(entry.menuClass()), this::createGroup).addItem(createItem(entry));
        }
        groups.values().forEach(nav::addItem);
        return nav;
    }

    private static boolean isHome(MenuEntry entry) {
        return entry.path().isEmpty() || entry.path().equals("/");
    }

    private SideNavItem createGroup(String area) {
        // No path: the row only opens and closes its group (Vaadin's non-link parent item).
        var group = new SideNavItem(getTranslation(AREA_KEY + area));
        group.addClassName("nav-area");
        group.getElement().setAttribute("data-area", area);
        return group;
    }

    private SideNavItem createItem(MenuEntry entry) {
        // Menu titles are translation keys: @Menu takes a constant, the user's language is known only here.
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    /**
     * Features that share another's group: meetings and the owners' assemblies decide the proposals, so all are
     * 提议与议事 (说 and 议), one group on a tablet rather than half-empty ones.
     */
    private static final Map<String, String> SHARED_AREAS = Map.of("meeting", "proposal", "assembly", "proposal");

    /** The area of a view: its feature, the first package below {@code org.cocreate} (or the one it shares). */
    static String areaOf(Class<?> view) {
        String name = view.getPackageName();
        String below = name.startsWith(ROOT_PACKAGE) ? name.substring(ROOT_PACKAGE.length()) : name;
        int dot = below.indexOf('.');
        String feature = dot < 0 ? below : below.substring(0, dot);
        return SHARED_AREAS.getOrDefault(feature, feature);
    }

    /**
     * The group of the screen shown opens (also for screens without a menu entry, such as a household: the
     * group of their feature); groups the user opened stay open. The home belongs to no group.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation().getPath().isEmpty()) {
            return;
        }
        event.getActiveChain().stream().filter(c -> c != this).findFirst()
                .map(view -> groups.get(areaOf(view.getClass())))
                .ifPresent(group -> group.setExpanded(true));
    }

    private Component createFooter(SignedInUser user, AuthenticationContext authentication) {
        var avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        var menu = Localized.menuBar(new MenuBar());
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setTestId("user-menu");
        var userItem = menu.addItem(new Div(avatar, new Span(user.displayName())));
        userItem.getSubMenu().addItem(getTranslation("user.changePassword"),
                e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        userItem.getSubMenu().addItem(getTranslation("user.logout"), e -> authentication.logout());
        var footer = new Div(menu, new LanguageSwitch(users));
        footer.addClassName("drawer-footer");
        return footer;
    }
}
