package org.cocreate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.UserService;
import org.springframework.stereotype.Component;

/**
 * A password set by an admin is temporary: until its owner has chosen their own, every navigation of a
 * signed-in user leads to the password form. A listener on every UI, before any view (or its layout) is
 * created, so that it holds for every route, also those outside {@code MainLayout} such as the print views
 * and the public pages; AllRoutesRequirePasswordChangeTest walks every route to prove it.
 */
@Component
class PasswordChangeFirst implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeFirst(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && currentUser.get().isPresent()
                && users.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
