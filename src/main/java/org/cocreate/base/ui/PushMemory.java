package org.cocreate.base.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.atmosphere.cpr.AtmosphereFramework;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What each open screen's Push WebSocket costs the server, made smaller: a counter tablet stays open all day,
 * and a redemption day has several (server memory per open counter, docs/PERFORMANCE.md).
 * <ul>
 * <li>Atmosphere gives each WebSocket a 16 KB byte buffer and a 16 K character buffer (48 KB of heap) that
 * only its streaming readers use. Tomcat's endpoint hands Atmosphere whole messages and never touches them,
 * so they are made small. (The largest message a browser may send is another setting and stays as Vaadin
 * sets it.) Vaadin sets the size when it creates Atmosphere and Atmosphere reads it for each new WebSocket,
 * so it is set again once Vaadin has started.</li>
 * <li>Without per-message compression: browsers offer it, and Tomcat would keep a deflater and an inflater per
 * WebSocket (24 KB of heap, and several hundred KB of native memory for zlib) to squeeze Push messages of
 * a few hundred bytes on the committee's own network. The upgrade request reaches Tomcat without the
 * offer.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class PushMemory {

    public static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    public static final String UNUSED_BUFFER_SIZE = "256";
    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    private static final Logger log = LoggerFactory.getLogger(PushMemory.class);

    @Bean
    VaadinServiceInitListener smallAtmosphereBuffers() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
                List<AtmosphereFramework> frameworks = frameworks(service.getServlet().getServletContext());
                frameworks.forEach(framework -> framework.addInitParameter(BUFFER_SIZE, UNUSED_BUFFER_SIZE));
                if (frameworks.isEmpty()) {
                    log.warn("No Atmosphere framework found: Push WebSockets keep their default buffers");
                }
            }
        };
    }

    /** Before Tomcat's WebSocket filter, which makes the upgrade: the request without the extensions offered. */
    @Bean
    FilterRegistrationBean<Filter> webSocketsWithoutCompression() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http && http.getHeader(EXTENSIONS_HEADER) != null
                        ? new WithoutExtensions(http) : request, response);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("webSocketsWithoutCompression");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The Atmosphere instances Vaadin made for its servlets, kept as attributes of the servlet context. */
    public static List<AtmosphereFramework> frameworks(ServletContext context) {
        return Collections.list(context.getAttributeNames()).stream().map(context::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).toList();
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS_HEADER.equalsIgnoreCase(name)).toList());
        }
    }
}
