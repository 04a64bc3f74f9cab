package org.cocreate.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Notifications;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.Role;
import org.cocreate.security.UserDraft;

/**
 * Creates or edits a user. Buffered: nothing reaches the draft until the form validates, and the view
 * decides what saving means. A refusal of the service shows next to the field it is about.
 */
class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final CheckboxGroup<CommunityRef> communities = new CheckboxGroup<>();
    final Checkbox subdistrictAdmin = new Checkbox();
    final Checkbox enabled = new Checkbox();
    final PasswordField temporaryPassword = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<UserDraft> binder = new BeanValidationBinder<>(UserDraft.class);
    private final boolean creating;
    private UserDraft draft = new UserDraft();

    /**
     * @param assignable the communities the admin may hand out
     * @param mayGrantSubdistrict whether the admin is a sub-district admin (only they see that choice, and
     *     only they may give the admin role)
     * @param creating a new user: the user name is typed and a temporary password is set here
     */
    UserForm(List<CommunityRef> assignable, boolean mayGrantSubdistrict, boolean creating) {
        this.creating = creating;
        username.setLabel(getTranslation("user.form.username"));
        username.setHelperText(getTranslation("user.form.usernameHelp"));
        username.setReadOnly(!creating);
        username.setTestId("user-form-username");
        displayName.setLabel(getTranslation("user.form.displayName"));
        displayName.setTestId("user-form-display-name");

        roles.setLabel(getTranslation("user.form.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.translationKey()));
        roles.setTestId("user-form-roles");
        if (!mayGrantSubdistrict) {
            // Admin accounts are made by the sub-district admin only (UserService refuses it to others).
            roles.setItemEnabledProvider(role -> role != Role.ADMIN);
            roles.setHelperText(getTranslation("user.form.adminBySubdistrict"));
        }

        communities.setLabel(getTranslation("user.form.communities"));
        communities.setItems(assignable);
        communities.setItemLabelGenerator(CommunityRef::name);
        communities.setTestId("user-form-communities");

        subdistrictAdmin.setLabel(getTranslation("user.form.subdistrictAdmin"));
        subdistrictAdmin.setHelperText(getTranslation("user.form.subdistrictAdminHelp"));
        subdistrictAdmin.setVisible(mayGrantSubdistrict);
        enabled.setLabel(getTranslation("user.form.enabled"));

        temporaryPassword.setLabel(getTranslation("user.form.temporaryPassword"));
        temporaryPassword.setHelperText(getTranslation("user.form.temporaryPasswordHelp"));
        temporaryPassword.setVisible(creating);
        temporaryPassword.setTestId("user-form-password");

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setTestId("user-form-save");
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        Map<Long, CommunityRef> byId = assignable.stream()
                .collect(Collectors.toMap(CommunityRef::id, Function.identity()));
        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(roles).bind("roles");
        binder.forField(communities)
                .withConverter(
                        (Set<CommunityRef> refs) -> refs.stream().map(CommunityRef::id)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                        (Set<Long> ids) -> ids.stream().map(byId::get).filter(Objects::nonNull)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("communityIds");
        binder.forField(subdistrictAdmin).bind("subdistrictAdmin");
        binder.forField(enabled).bind("enabled");
        if (creating) {
            binder.forField(temporaryPassword).bind("temporaryPassword");
        }

        var form = getContent();
        form.add(username, displayName, temporaryPassword, roles, communities, subdistrictAdmin, enabled);
        form.setColspan(roles, 2);
        form.setColspan(communities, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    void edit(UserDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
    }

    boolean isCreating() {
        return creating;
    }

    /** Shows a refusal of the service next to its field (or on the whole form when it names none). */
    void showRefusal(RefusedException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        HasValidation field = switch (refusal.field() == null ? "" : refusal.field()) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "roles" -> roles;
            case "communityIds" -> communities;
            case "subdistrictAdmin" -> subdistrictAdmin;
            case "enabled" -> enabled;
            case "temporaryPassword" -> temporaryPassword;
            default -> null;
        };
        if (field == null) {
            Notifications.refused(refusal);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void save() {
        Arrays.<HasValidation>asList(username, displayName, roles, communities, subdistrictAdmin, enabled,
                temporaryPassword).forEach(f -> f.setInvalid(false));
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            return;
        }
        fireEvent(new SaveEvent(this, draft));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<UserForm> {
        private final UserDraft draft;

        SaveEvent(UserForm source, UserDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        UserDraft draft() {
            return draft;
        }
    }

    static final class CancelEvent extends ComponentEvent<UserForm> {
        CancelEvent(UserForm source) {
            super(source, false);
        }
    }
}
