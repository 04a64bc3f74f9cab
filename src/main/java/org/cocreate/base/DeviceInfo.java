package org.cocreate.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The device a change came from: its address and browser. Captured when the Vaadin session starts
 * (push requests carry no HTTP request of their own) or read from the current HTTP request.
 */
public record DeviceInfo(@Nullable String remoteAddress, @Nullable String userAgent) {

    public static final DeviceInfo UNKNOWN = new DeviceInfo(null, null);

    public static DeviceInfo of(VaadinRequest request) {
        return new DeviceInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    public static DeviceInfo of(HttpServletRequest request) {
        return new DeviceInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    /** The device of the current Vaadin session or HTTP request; UNKNOWN for scheduled jobs. */
    public static DeviceInfo current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            DeviceInfo stored = session.getAttribute(DeviceInfo.class);
            if (stored != null) {
                return stored;
            }
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return UNKNOWN;
    }
}
