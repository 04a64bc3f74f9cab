package org.cocreate.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.cocreate.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Method security is {@code @PreAuthorize} only: with JSR-250 switched on, Spring would also wrap every
 * view carrying Vaadin's {@code @RolesAllowed} / {@code @PermitAll} in a proxy. Views use those for
 * navigation; services use {@code @PreAuthorize} (ArchitectureTest keeps it that way).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The form login must use the throttling manager below. Left alone, Spring builds a manager of its own
     * from the UserDetailsService bean for the login filter, and the throttle and the sign-in audit would
     * only ever apply to code that asks for the bean (LoginLockoutTest proves the HTTP login uses it).
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            JdbcClient jdbc) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/cocreate/**", "/webjars/**", "/images/**", "/public/**", "/ballot/**").permitAll());
        // An address that is no view is Vaadin's to answer for a signed-in user, with the app's not-found page
        // (security/ui ErrorPage); Vaadin's default refuses it here with a bare HTTP 403 instead. Every view
        // is still guarded by its own annotations (navigation access control), and the app has no other
        // endpoints. Anonymous visitors are still sent to the sign-in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.headers(SecurityHeaders::configure);
        http.addFilterBefore(new SameOriginRedirects(), HeaderWriterFilter.class);
        http.addFilterAfter(new LoginCsrfFilter(), CsrfFilter.class);
        http.addFilterAfter(new CurrentAuthoritiesFilter(jdbc), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * bcrypt with an explicit cost: 12 (about 0.25 s a check on the build machines) in production; the
     * tests lower it through the property, since they hash many passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${cocreate.security.bcrypt-strength:12}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetails, PasswordEncoder encoder,
            LoginThrottle throttle, TrustedDevices devices) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(userDetails, encoder, throttle, devices));
    }
}
