package org.cocreate.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within the app leave out scheme and host, so a forged {@code Host} header never comes back in a
 * {@code Location} (a proxy's cache, or a link built from it, would send users elsewhere). Tomcat keeps
 * relative redirects as they are ({@code server.tomcat.use-relative-redirects}); this filter makes relative
 * the absolute ones that Spring Security builds from the request's own host: the way to the login page and,
 * after sign-in, the way back to the page first asked for. Redirects to another origin are left alone.
 */
class SameOriginRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Relative(request, response));
    }

    /** The path, query and fragment of a location on this request's own origin; any other location as it is. */
    static String relative(HttpServletRequest request, String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().equalsIgnoreCase(request.getScheme())
                || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || port(uri) != request.getServerPort()) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static final class Relative extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Relative(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(request, location));
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            super.sendRedirect(relative(request, location), status);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(request, location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(request, location), status, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
        }
    }
}
