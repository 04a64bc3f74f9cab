package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@ServiceTest
@Transactional
class CurrentAuthoritiesFilterTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleTakenAwayInTheDatabaseIsGoneAtTheNextRequest() throws Exception {
        signInWith(DemoUsers.COUNTER, "ROLE_ADMIN", "ROLE_COUNTER");

        filter();

        assertThat(authorities()).containsExactly("ROLE_COUNTER");
    }

    @Test
    void aDisabledUserIsSignedOutAtTheNextRequest() throws Exception {
        jdbc.sql("update app_user set enabled = false where username = ?").param(DemoUsers.SUPERVISOR).update();
        signInWith(DemoUsers.SUPERVISOR, "ROLE_SUPERVISOR");

        var request = filter();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void unchangedRolesKeepTheSameAuthentication() throws Exception {
        var before = signInWith(DemoUsers.WENFENG_WORKER, "ROLE_WORKER");

        filter();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(before);
    }

    private UsernamePasswordAuthenticationToken signInWith(String username, String... roles) {
        var token = UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(roles));
        SecurityContextHolder.getContext().setAuthentication(token);
        return token;
    }

    private MockHttpServletRequest filter() throws Exception {
        var request = new MockHttpServletRequest();
        request.getSession(true);
        new CurrentAuthoritiesFilter(jdbc).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    private static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
