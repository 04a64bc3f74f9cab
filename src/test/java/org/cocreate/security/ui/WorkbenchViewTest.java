package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.RegisterService;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.RunAs;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The home workbench for each role: the tiles of the role's own main tasks, to-dos counted from the data
 * (only those the role may open, each opening its screen filtered), the community's figures, and for a new
 * community's admin the set-up checklist that ticks itself off.
 */
@ViewTest
class WorkbenchViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RegisterService register;

    @AfterEach
    void resetLocale() {
        if (UI.getCurrent() != null) {
            UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        }
    }

    private WorkbenchView open() {
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        return $(WorkbenchView.class).single();
    }

    /** The test ids of the workbench's links of one kind, in the order shown. */
    private List<String> links(String kind) {
        return $(RouterLink.class).all().stream().map(l -> l.getElement().getAttribute("data-testid"))
                .filter(id -> id != null && id.startsWith("workbench-" + kind + "-")).toList();
    }

    private RouterLink link(String testId) {
        return $(RouterLink.class).all().stream()
                .filter(l -> testId.equals(l.getElement().getAttribute("data-testid"))).findFirst().orElseThrow();
    }

    private long grantsOf(String community, String status) {
        return jdbc.sql("""
                select count(*) from point_grant g join community c on c.id = g.community_id
                where c.name = ? and g.status = ?""").param(community).param(status).query(Long.class).single();
    }

    private long residentsOf(String community) {
        return jdbc.sql("select count(*) from resident r join community c on c.id = r.community_id where c.name = ?")
                .param(community).query(Long.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminApprovesAndReadsTheDaysReportAndSeesWhatWaits() {
        var view = open();

        assertThat(links("shortcut")).containsExactly("workbench-shortcut-approvals",
                "workbench-shortcut-sessionReports");
        long objected = grantsOf("文峰塔社区", "OBJECTED");
        assertThat(objected).isPositive();
        assertThat(link("workbench-todo-objections").getElement().getTextRecursively()).contains("待处理的异议")
                .contains(String.valueOf(objected));
        assertThat(links("todo").contains("workbench-todo-approvals"))
                .isEqualTo(grantsOf("文峰塔社区", "PENDING_APPROVAL") > 0);
        assertThat(link("workbench-figure-residents").getElement().getTextRecursively())
                .contains(String.format("%,d", residentsOf("文峰塔社区")));
        assertThat(links("figure")).containsExactly("workbench-figure-residents", "workbench-figure-coverage",
                "workbench-figure-grantedThisMonth", "workbench-figure-redeemedThisMonth");
        // The demo community is set up: no checklist.
        assertThat(view.setup.getChildren()).isEmpty();
        assertThat(links("setup")).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aToDoOpensItsScreenFiltered() {
        open();
        test(link("workbench-todo-objections")).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NoticesView");
        var objectedChip = $(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> "notices-show-objected".equals(b.getTestId())).findFirst().orElseThrow();
        assertThat(objectedChip.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerGrantsPointsAndFindsResidents() {
        open();

        assertThat(links("shortcut")).containsExactly("workbench-shortcut-grant", "workbench-shortcut-findResident",
                "workbench-shortcut-newProposal", "workbench-shortcut-volunteerToday");
        // The demo's clean-up this afternoon, and 文峰塔's elderly due for a visit and the gas hose to replace.
        assertThat(links("todo")).contains("workbench-todo-volunteerToday", "workbench-todo-visitsDue",
                "workbench-todo-visitFollowUps");
        assertThat(links("setup")).isEmpty();
        test(link("workbench-shortcut-grant")).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("GrantView");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterOpensTheRedemptionDayAndSeesNoGrantToDos() {
        open();

        assertThat(links("shortcut")).containsExactly("workbench-shortcut-counter",
                "workbench-shortcut-sessionReports");
        // The counter may not open the approvals nor the notices: their to-dos are not counted for it.
        assertThat(links("todo")).doesNotContain("workbench-todo-approvals", "workbench-todo-objections",
                "workbench-todo-noticesEndingToday");
        assertThat(links("figure")).contains("workbench-figure-grantedThisMonth");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberReadsTheStandardAndTheLeaderboard() {
        open();

        assertThat(links("shortcut")).containsExactly("workbench-shortcut-standard", "workbench-shortcut-leaderboard");
        // What they vote on: the demo's proposals of 带谟阁 still waiting for an answer.
        // (and today's volunteer activities, when another test has made one in 带谟阁 today; 带谟阁's elderly due
        // for a home visit, and the follow-ups of visits other tests recorded).
        assertThat(links("todo")).contains("workbench-todo-proposalsWaiting")
                .isSubsetOf("workbench-todo-proposalsWaiting", "workbench-todo-volunteerToday",
                        "workbench-todo-visitsDue", "workbench-todo-visitFollowUps");
        // Not allowed to list residents, but the community's figures are its own.
        assertThat(links("figure")).contains("workbench-figure-residents", "workbench-figure-grantedThisMonth");
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorFollowsTheNoticesInEnglishToo() {
        open();
        assertThat(links("shortcut")).containsExactly("workbench-shortcut-notices", "workbench-shortcut-leaderboard");
        assertThat(links("todo")).contains("workbench-todo-objections");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        open();
        assertThat(link("workbench-todo-objections").getElement().getTextRecursively()).contains("Objections to decide");
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("Points granted this month"));
    }

    @Test
    void aNewCommunitysAdminFollowsTheSetUpChecklistAsItTicksItselfOff() {
        String username = "setup_" + System.nanoTime() % 1_000_000;
        long subdistrict = jdbc.sql("select id from subdistrict order by id").query(Long.class).list().getFirst();
        RunAs.nobody(() -> users.createInitialUser(username, "新社区管理员", "password-12345", Set.of(Role.ADMIN),
                Set.of(), subdistrict, false));
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities())));
        try {
            long community = context.getBean(org.cocreate.community.CommunityService.class)
                    .createCommunity("设置社区" + username);
            context.getBean(WorkingCommunity.class).select(community);

            open();
            assertThat(links("setup")).containsExactly("workbench-setup-compounds", "workbench-setup-residents",
                    "workbench-setup-organisations", "workbench-setup-standard", "workbench-setup-catalogue",
                    "workbench-setup-users");
            assertThat($(Span.class).all()).anyMatch(s -> "workbench-setup-progress".equals(s.getTestId())
                    && s.getText().equals("已完成 0 / 6"));

            long compound = register.createCompound(community, new CompoundDraft("新城小区", null, Set.of()));
            register.createBuilding(compound, "1号楼");
            open();
            assertThat(link("workbench-setup-compounds").getElement().getAttribute("data-done")).isEqualTo("true");
            assertThat(link("workbench-setup-residents").getElement().getAttribute("data-done")).isEqualTo("false");
            assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("已完成 1 / 6"));

            test(link("workbench-setup-residents")).click();
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ResidentImportView");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
