package org.cocreate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of the error pages: the app's own frame (MainLayout, with its menu) for a signed-in user, a
 * bare page for anybody else. An error page cannot name MainLayout as its parent layout: the navigation
 * access control would send an anonymous visitor of an unknown address to the sign-in, and MainLayout
 * requires a signed-in user. So this frame, open to all, builds MainLayout itself only when somebody is
 * signed in, and falls back to the bare page if the frame itself fails (the failure page must still show).
 */
@AnonymousAllowed
public class ErrorFrame extends Div implements RouterLayout {

    private static final Logger log = LoggerFactory.getLogger(ErrorFrame.class);

    private final @Nullable RouterLayout frame;

    ErrorFrame(CurrentUser currentUser) {
        setSizeFull();
        addClassName("error-frame");
        frame = currentUser.get().isPresent() ? mainLayout() : null;
        if (frame instanceof Component layout) {
            add(layout);
        }
    }

    private static @Nullable RouterLayout mainLayout() {
        try {
            return Instantiator.get(UI.getCurrent()).createComponent(MainLayout.class);
        } catch (RuntimeException e) {
            log.warn("The error page is shown without the menu: the frame failed", e);
            return null;
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (frame != null) {
            frame.showRouterLayoutContent(content);
        } else {
            RouterLayout.super.showRouterLayoutContent(content);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (frame != null) {
            frame.removeRouterLayoutContent(oldContent);
        } else {
            RouterLayout.super.removeRouterLayoutContent(oldContent);
        }
    }
}
