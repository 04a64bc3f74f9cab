package org.cocreate.security;

import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security headers of every response: Spring Security's (X-Content-Type-Options, Cache-Control no-store,
 * X-Frame-Options DENY), HSTS, a Referrer-Policy and a Content-Security-Policy that Vaadin Flow works with.
 * <p>
 * Written before the request is handled, not when the response is committed (Spring's default): Vaadin's
 * pages (every route, the login page, the public page) and its UIDL answers reach Vaadin's servlet through
 * a forward, and Tomcat finishes a forwarded response on its own object, past Spring Security's response
 * wrapper, so headers written on commit never reached those responses. A handler that sets its own
 * Cache-Control (static files, Vaadin's bundles) still overrides no-store.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    /** The request attribute that holds this response's script nonce. */
    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * As strict as Vaadin Flow 25 allows (checked in Chromium on every screen of the screen tour). Vaadin's
     * documentation asks for {@code script-src 'unsafe-inline' 'unsafe-eval'}; instead of 'unsafe-inline',
     * the few inline scripts of Vaadin's page carry this response's nonce, so injected markup
     * ({@code <script>}, {@code onerror=}, {@code javascript:} links) does not run. The relaxations:
     * <ul>
     * <li>{@code script-src 'unsafe-eval'}: Flow's client turns the JavaScript the server sends
     * ({@code executeJs}, event data expressions, every component's connector calls) into functions with
     * {@code new Function}.</li>
     * <li>{@code style-src 'unsafe-inline'}: Vaadin's web components put {@code <style>} elements into the
     * page and write style attributes at run time (a nonce cannot reach those).</li>
     * <li>{@code img-src data:}: the QR code of a resident card is a {@code data:} PNG, and Vaadin's
     * components show some images as {@code data:} URLs.</li>
     * <li>{@code font-src data:}: Vaadin's components (the upload's icons among them) bring their icon fonts
     * as {@code data:} URLs.</li>
     * </ul>
     * {@code connect-src 'self'} takes Vaadin's UIDL requests and the Push WebSocket ({@code 'self'} covers
     * ws: and wss: to the same host). Nothing frames the app (printing uses the page itself), so
     * {@code frame-ancestors 'none'}.
     */
    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** For {@code http.headers(...)} in SecurityConfig. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.addHeaderWriter(new ContentSecurityPolicy());
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        // On every answer, not only those the app sees as HTTPS: behind a TLS proxy that COCREATE_TRUSTED_PROXY
        // does not name, it sees plain HTTP. A browser ignores the header on a plain HTTP answer (RFC 6797).
        headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE));
    }

    /** A fresh nonce for each response, kept in the request for Vaadin's page. */
    static final class ContentSecurityPolicy implements HeaderWriter {
        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
            response.setHeader("Content-Security-Policy", policy(nonce));
        }
    }

    /** Vaadin's page: its inline scripts carry the nonce of the response's policy. */
    @Bean
    VaadinServiceInitListener scriptNonces() {
        return event -> event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest().getAttribute(NONCE) instanceof String nonce) {
                page.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
