package org.cocreate.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in user's roles as they are in the database, request by request: when an admin takes a
 * role away, or disables the user, it takes effect at the user's next click, not at their next sign-in.
 * The session's security context is changed in place, so Vaadin's push connection sees it too.
 */
class CurrentAuthoritiesFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    CurrentAuthoritiesFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()) {
            List<String> roles = jdbc.sql("""
                    select r.role from app_user u join app_user_role r on r.user_id = u.id
                    where u.username = ? and u.enabled = true""").param(authentication.getName())
                    .query(String.class).list();
            Set<String> current = roles.stream().map(role -> "ROLE_" + role).collect(Collectors.toSet());
            Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            if (current.isEmpty()) {
                // Disabled, deleted or without any role: signed out at once.
                SecurityContextHolder.clearContext();
                context.setAuthentication(null);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.equals(held)) {
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(),
                        null, current.stream().map(SimpleGrantedAuthority::new).toList());
                refreshed.setDetails(authentication.getDetails());
                context.setAuthentication(refreshed);
            }
        }
        chain.doFilter(request, response);
    }
}
