package org.cocreate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A screen that opened but whose service refused the user (Spring's access denial from a view's
 * constructor: another community's record, a role the service does not allow): 403, the same page as
 * {@link NotAllowedView}.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
class AccessRefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusedView.class);

    AccessRefusedView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.warn("Access denied opening '{}': {}", event.getLocation().getPath(),
                parameter.getCaughtException().getMessage());
        return show("errorPage.notAllowed.title", "errorPage.notAllowed.text", HttpServletResponse.SC_FORBIDDEN);
    }
}
