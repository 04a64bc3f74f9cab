package org.cocreate.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The full address of a page of this server, as the phone that scans its QR code must reach it: scheme, host and
 * port of the request the screen came with (a tablet on the community's network), then the path.
 */
public final class PublicLinks {

    private PublicLinks() {
    }

    /** {@code path} without a leading slash ("ballot/abc"); outside a request, the path alone. */
    public static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + path;
        }
        var http = request.getHttpServletRequest();
        String port = (http.getScheme().equals("https") && http.getServerPort() == 443)
                || (http.getScheme().equals("http") && http.getServerPort() == 80) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/" + path;
    }
}
