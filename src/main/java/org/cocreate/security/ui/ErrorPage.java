package org.cocreate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.cocreate.security.CurrentUser;

/**
 * What every error page of the app shows, in the user's language and in the app's frame (ErrorFrame): a
 * title, one sentence that says what happened, and the way back (the home, or the sign-in for somebody
 * not signed in). Never a class name, an exception's message or a stack trace: those go to the log.
 * A subclass implements Vaadin's {@code HasErrorParameter} for its exception and calls {@link #show}.
 */
public abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final boolean signedIn;
    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private String titleKey = "errorPage.failure.title";

    protected ErrorPage(CurrentUser currentUser) {
        this.signedIn = currentUser.get().isPresent();
        addClassName("error-page");
        setTestId("error-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        title.addClassName("error-title");
        title.setTestId("error-title");
        text.addClassName("error-text");
        text.setTestId("error-text");
        actions.addClassName("error-actions");
        actions.setJustifyContentMode(JustifyContentMode.CENTER);
        if (signedIn) {
            // In the frame, the menu (and signing out) stays one tap away, also in portrait where it is closed.
            var menu = new DrawerToggle();
            menu.setAriaLabel(getTranslation("nav.menu"));
            menu.addClassName("error-menu");
            menu.setTestId("error-menu");
            add(menu);
        }
        add(title, text, actions);
    }

    /** Shows the page with the way back as its action; returns the HTTP status to answer with. */
    protected int show(String titleKey, String textKey, int status) {
        return show(titleKey, textKey, status, wayBack());
    }

    protected int show(String titleKey, String textKey, int status, Component... shownActions) {
        this.titleKey = titleKey;
        title.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey));
        actions.removeAll();
        actions.add(shownActions);
        return status;
    }

    protected boolean signedIn() {
        return signedIn;
    }

    /** The home for a signed-in user; the sign-in for anybody else (the home would send them there). */
    protected Button wayBack() {
        Button button = signedIn
                ? new Button(getTranslation("errorPage.home"), VaadinIcon.HOME.create(),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("")))
                : new Button(getTranslation("errorPage.login"), VaadinIcon.SIGN_IN.create(),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("error-action");
        button.setTestId(signedIn ? "error-home" : "error-login");
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
