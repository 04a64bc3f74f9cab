package org.cocreate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whatever else stopped a screen from opening. Spring wraps what a view's constructor throws (a bean
 * creation failure), so the cause is looked for: an access denial is the not-allowed page (403), the app's
 * not-found refusal the not-found page (404); anything else is logged with its stack trace and shown as
 * "something went wrong" (500), which tells the user that only what the screen confirmed was saved.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
class FailureView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailureView.class);

    FailureView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception caught = parameter.getCaughtException();
        String path = event.getLocation().getPath();
        if (find(caught, AccessDeniedException.class) != null) {
            log.warn("Access denied opening '{}': {}", path, caught.getMessage());
            return show("errorPage.notAllowed.title", "errorPage.notAllowed.text", HttpServletResponse.SC_FORBIDDEN);
        }
        if (find(caught, org.cocreate.base.NotFoundException.class) != null) {
            log.info("Not found opening '{}'", path);
            return show("errorPage.notFound.title", "errorPage.notFound.text", HttpServletResponse.SC_NOT_FOUND);
        }
        log.error("Opening '{}' failed", path, caught);
        return show("errorPage.failure.title", "errorPage.failure.text",
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
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
