package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocreate.Application;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of a production installation, with the "prod" profile (and "test" for a database of
 * its own): with both settings it creates the sub-district and its admin and nothing else; without them,
 * or with a short password, the start fails and says which variable to set.
 */
@SpringBootTest(properties = {
    "cocreate.setup.admin-password=" + ProductionSetupTest.PASSWORD,
    "cocreate.setup.subdistrict=" + ProductionSetupTest.SUBDISTRICT})
@ActiveProfiles({"prod", "test"})
class ProductionSetupTest {

    static final String PASSWORD = "FirstStart2026";
    static final String SUBDISTRICT = "东城街道";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;
    @Autowired
    CommunityService communities;
    @Autowired
    CommunitySetup setup;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Environment environment;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theFirstStartCreatesTheSubdistrictAndItsAdminWhoMustChooseTheirOwnPassword() {
        assertThat(count("select count(*) from app_user")).isEqualTo(1);
        var admin = jdbc.sql("""
                select u.username, u.must_change_password, s.name, r.role from app_user u
                join subdistrict s on s.id = u.subdistrict_id join app_user_role r on r.user_id = u.id""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(admin).containsExactly("admin", true, SUBDISTRICT, "ADMIN");
        assertThat(count("select count(*) from audit_event where action = 'USER_CREATED'")).isEqualTo(1);

        var signIn = UsernamePasswordAuthenticationToken.unauthenticated("admin", PASSWORD);
        signIn.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
        assertThat(authenticationManager.authenticate(signIn).isAuthenticated()).isTrue();
        var as = new RunAs(userDetails);
        assertThat(as.get("admin", users::mustChangePassword)).isTrue();
        assertThat(as.get("admin", communities::mayCreate)).as("a sub-district admin creates communities").isTrue();
        long first = as.get("admin", () -> communities.createCommunity("第一社区"));
        assertThat(as.get("admin", communities::list)).extracting(CommunityEntry::id).containsExactly(first);
    }

    @Test
    void productionLoadsNoDemoData() {
        assertThat(count("select count(*) from resident")).isZero();
        assertThat(count("select count(*) from compound")).isZero();
        assertThat(count("select count(*) from app_user where username <> 'admin'")).isZero();
    }

    @Test
    void laterStartsNeedNeitherSettingNorChangeAnything() {
        var later = new ProductionSetup(setup, users, transaction, environment, "", "");
        assertThatCode(() -> RunAs.nobody(() -> {
            later.run(null);
            return null;
        })).doesNotThrowAnyException();
        assertThat(count("select count(*) from app_user")).isEqualTo(1);
        assertThat(count("select count(*) from subdistrict")).isEqualTo(1);
    }

    static Stream<Arguments> refusedStarts() {
        return Stream.of(
                Arguments.of("no password", Map.of("cocreate.setup.subdistrict", SUBDISTRICT),
                        new String[] {"prod", "test"}, "COCREATE_ADMIN_PASSWORD"),
                Arguments.of("a password of 11 characters",
                        Map.of("cocreate.setup.subdistrict", SUBDISTRICT, "cocreate.setup.admin-password", "Short2026ab"),
                        new String[] {"prod", "test"}, "COCREATE_ADMIN_PASSWORD"),
                Arguments.of("no sub-district", Map.of("cocreate.setup.admin-password", PASSWORD),
                        new String[] {"prod", "test"}, "COCREATE_SUBDISTRICT"),
                Arguments.of("the demo profile too",
                        Map.of("cocreate.setup.subdistrict", SUBDISTRICT, "cocreate.setup.admin-password", PASSWORD),
                        new String[] {"prod", "demo", "test"}, "must not be combined"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedStarts")
    void aFirstStartWithoutGoodSettingsFailsNamingTheVariable(String situation, Map<String, String> settings,
            String[] profiles, String message) {
        var application = new SpringApplicationBuilder(Application.class).profiles(profiles);
        // As command-line arguments: they override application-prod.properties like the environment does.
        String[] arguments = Stream.concat(Stream.of("--server.port=0"),
                settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())).toArray(String[]::new);
        assertThatThrownBy(() -> application.run(arguments).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }
}
