package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.cocreate.community.CommunityService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.NoCommunityException;
import org.cocreate.security.Role;
import org.cocreate.security.ui.ErrorFrame;
import org.cocreate.security.ui.ErrorPage;

/**
 * A community screen opened by somebody who works in no community yet. On a new sub-district's first run
 * that is its admin, right after the password change: one big button leads to creating the first
 * community. Anybody else is told to ask the sub-district admin for one. (Here, not in security/ui,
 * because it asks the register who may create communities.)
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
class NoCommunityView extends ErrorPage implements HasErrorParameter<NoCommunityException> {

    final Button create = new Button();
    private final CurrentUser currentUser;
    private final CommunityService communities;

    NoCommunityView(CurrentUser currentUser, CommunityService communities) {
        super(currentUser);
        this.currentUser = currentUser;
        this.communities = communities;
        create.setText(getTranslation("errorPage.noCommunity.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.addClassName("error-action");
        create.setTestId("no-community-create");
        create.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(CommunitiesView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoCommunityException> parameter) {
        // mayCreate is the admins' to ask: anybody else is refused, and a refusal here would be a second error.
        if (signedIn() && currentUser.has(Role.ADMIN) && communities.mayCreate()) {
            return show("errorPage.noCommunity.title", "errorPage.noCommunity.createText",
                    HttpServletResponse.SC_FORBIDDEN, create);
        }
        return show("errorPage.noCommunity.title", "errorPage.noCommunity.askText", HttpServletResponse.SC_FORBIDDEN,
                signedIn() ? new com.vaadin.flow.component.Component[0]
                        : new com.vaadin.flow.component.Component[] {wayBack()});
    }
}
