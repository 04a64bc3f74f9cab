package org.cocreate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.security.CurrentUser;

/** An address the app does not know (a mistyped or old link): 404, the app's own page. */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show("errorPage.notFound.title", "errorPage.notFound.text", HttpServletResponse.SC_NOT_FOUND);
    }
}
