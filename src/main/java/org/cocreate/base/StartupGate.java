package org.cocreate.base;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps the door shut until the application is ready. Tomcat answers as soon as it starts, but the set-up
 * (the production admin, the demo's users and data) runs after that, in the features' ApplicationRunners:
 * a newcomer who signed in at once was told the password was wrong. Until Spring Boot declares the
 * application ready to accept traffic (after the runners), every request gets a small translated page
 * (503, it reloads itself every few seconds) saying that CoCreate is starting.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    static final int RETRY_SECONDS = 3;

    @Bean
    FilterRegistrationBean<Filter> startupGateFilter(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<Filter>(new Gate(availability));
        registration.setName("startupGate");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Gate implements Filter {

        private final ApplicationAvailability availability;
        private volatile boolean open;

        Gate(ApplicationAvailability availability) {
            this.availability = availability;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (open || (open = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)) {
                chain.doFilter(request, response);
                return;
            }
            starting((HttpServletRequest) request, (HttpServletResponse) response);
        }

        private static void starting(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
            String title = HtmlUtils.htmlEscape(texts.getString("startup.title"));
            String message = HtmlUtils.htmlEscape(texts.getString("startup.message"));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            // The security headers' filter has not run: this page carries its own (it needs no script).
            response.setHeader("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setContentType("text/html;charset=UTF-8");
            byte[] page = ("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + title + "</title></head>"
                    + "<body style=\"font-family: sans-serif; text-align: center; padding: 4rem 1rem; color: #333\">"
                    + "<h1 style=\"color: #c8102e\">" + title + "</h1><p>" + message + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
