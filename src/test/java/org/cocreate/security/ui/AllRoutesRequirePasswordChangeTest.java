package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * After an admin's reset, the temporary password must be changed before anything opens: every route of the
 * application, found in Vaadin's route registry (and checked against the {@code @Route} classes on the class
 * path), leads to the password form, also the routes outside MainLayout (print views, public pages, login).
 * The user has every role and works in every community, so that nothing else turns them away first.
 */
@ViewTest
class AllRoutesRequirePasswordChangeTest extends SpringBrowserlessTest {

    static final String FORCED = "routes_forced";
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)\\??(\\([^/]*\\))?");

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void aUserWithEveryRoleAndATemporaryPassword(@Autowired UserService users, @Autowired JdbcClient jdbc) {
        boolean exists = jdbc.sql("select count(*) from app_user where username = ?").param(FORCED)
                .query(Long.class).single() > 0;
        if (!exists) {
            long subdistrict = jdbc.sql("select min(id) from subdistrict").query(Long.class).single();
            RunAs.nobody(() -> users.createInitialUser(FORCED, "临时密码管理员", "Start2026go", Set.of(Role.values()),
                    Set.of(), subdistrict, true));
        }
    }

    /** Valid demo ids for the route parameters, by name: a new parameter needs a value here. */
    private Map<String, String> parameterValues() {
        long resident = jdbc.sql("""
                select min(r.id) from resident r join community c on c.id = r.community_id
                where c.name = '文峰塔社区'""").query(Long.class).single();
        return Map.of(
                "residentId", String.valueOf(resident),
                "householdId", String.valueOf(jdbc.sql("select household_id from resident where id = ?")
                        .param(resident).query(Long.class).single()),
                "communityId", String.valueOf(jdbc.sql("select id from community where name = '文峰塔社区'")
                        .query(Long.class).single()),
                "sessionId", String.valueOf(jdbc.sql("select min(id) from redemption_session").query(Long.class)
                        .single()),
                "proposalId", String.valueOf(jdbc.sql("select min(id) from proposal").query(Long.class).single()),
                "meetingId", String.valueOf(jdbc.sql("select min(id) from meeting").query(Long.class).single()),
                "activityId", String.valueOf(jdbc.sql("select min(id) from volunteer_activity").query(Long.class)
                        .single()),
                "assemblyId", String.valueOf(jdbc.sql("select min(id) from owners_assembly")
                        .query(Long.class).single()),
                "compoundId", String.valueOf(jdbc.sql("""
                        select min(p.id) from compound p join community c on c.id = p.community_id
                        where c.name = '文峰塔社区'""").query(Long.class).single()),
                // A ballot link that is none: the page says so, to anybody.
                "token", "A".repeat(43));
    }

    /** Every route: its template with the parameters filled in, and the view it is meant to show. */
    private Map<String, Class<? extends Component>> everyRoute() {
        Map<String, String> values = parameterValues();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        return routes.stream().collect(Collectors.toMap(route -> {
            Matcher parameter = PARAMETER.matcher(route.getTemplate());
            StringBuilder location = new StringBuilder();
            while (parameter.find()) {
                String value = values.get(parameter.group(1));
                assertThat(value).as("a demo value for the parameter %s of %s", parameter.group(1),
                        route.getTemplate()).isNotNull();
                parameter.appendReplacement(location, value);
            }
            parameter.appendTail(location);
            return location.toString();
        }, RouteData::getNavigationTarget));
    }

    @Test
    void theRegistryHoldsEveryRouteOfTheApplication() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> annotated = scanner.findCandidateComponents("org.cocreate").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
        assertThat(annotated).as("the scan finds the routes").hasSizeGreaterThan(25)
                .contains(ChangePasswordView.class.getName(), "org.cocreate.points.ui.ResidentStatementPrintView");
        assertThat(RouteConfiguration.forApplicationScope().getAvailableRoutes())
                .extracting(route -> route.getNavigationTarget().getName())
                .containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    @WithUserDetails(FORCED)
    void everyRouteLeadsToThePasswordFormUntilTheTemporaryPasswordIsChanged() {
        Map<String, Class<? extends Component>> routes = everyRoute();
        assertThat(routes).containsValue(ChangePasswordView.class);
        routes.forEach((location, target) -> {
            UI.getCurrent().navigate(location);
            assertThat(getCurrentView()).as("/%s (%s)", location, target.getSimpleName())
                    .isInstanceOf(ChangePasswordView.class);
        });
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void withTheirOwnPasswordTheSameLocationsOpenTheirViews() {
        // Proves that the locations above are real: the same walk, by the sub-district admin, opens each view.
        everyRoute().forEach((location, target) -> {
            UI.getCurrent().navigate(location);
            assertThat(getCurrentView()).as("/%s", location).isInstanceOf(target);
        });
    }
}
