package org.cocreate.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.UserRefusedException;
import org.cocreate.security.UserService;

/** Every user changes their own password here; after an admin's reset they are sent here first. */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = Localized.passwordField(new PasswordField());
    final PasswordField newPassword = Localized.passwordField(new PasswordField());
    final PasswordField repeatPassword = Localized.passwordField(new PasswordField());
    final Button save = new Button();

    private final UserService users;

    ChangePasswordView(UserService users) {
        this.users = users;
        setPadding(false);
        currentPassword.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule"));
        repeatPassword.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());

        var form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setMaxWidth("32rem");
        var content = new VerticalLayout(form, save);
        if (users.mustChangePassword()) {
            content.addComponentAsFirst(new Paragraph(getTranslation("password.mustChange")));
        }
        add(new ViewToolbar(getTranslation("password.title")), content);
    }

    private void save() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("password.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (UserRefusedException refusal) {
            var field = "currentPassword".equals(refusal.field()) ? currentPassword : newPassword;
            field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            field.setInvalid(true);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        Notifications.success("password.changed");
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
