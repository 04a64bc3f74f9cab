package org.cocreate.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.cocreate.base.DeviceInfo;
import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;

/**
 * One place for what a view did not handle: an expected refusal is shown in the user's language, a
 * denied access says so, anything else is logged and shown as a generic message (never a stack trace).
 * Also remembers each session's device for the audit trail.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            VaadinSession session = sessionInit.getSession();
            session.setAttribute(DeviceInfo.class, DeviceInfo.of(sessionInit.getRequest()));
            session.setErrorHandler(new ErrorHandler() {
                @Override
                public void error(ErrorEvent errorEvent) {
                    handle(errorEvent.getThrowable());
                }
            });
        });
    }

    static void handle(Throwable throwable) {
        RefusedException refusal = find(throwable, RefusedException.class);
        if (refusal != null) {
            Notifications.refused(refusal);
            return;
        }
        if (find(throwable, AccessDeniedException.class) != null
                || find(throwable, AuthorizationDeniedException.class) != null) {
            log.warn("Access denied: {}", throwable.getMessage());
            Notifications.error("error.accessDenied");
            return;
        }
        log.error("Unexpected error", throwable);
        Notifications.error("error.unexpected");
    }

    private static <T extends Throwable> @Nullable T find(Throwable throwable, Class<T> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
