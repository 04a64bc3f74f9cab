package org.cocreate.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.security.CurrentUser;

/**
 * A screen the user's role may not open (Vaadin's navigation access control, from the view's
 * {@code @RolesAllowed}): 403, the app's own page. Anonymous visitors never get here: they are sent to
 * the sign-in.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    NotAllowedView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show("errorPage.notAllowed.title", "errorPage.notAllowed.text", HttpServletResponse.SC_FORBIDDEN);
    }
}
