package org.cocreate.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.RecordForm;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.Role;
import org.cocreate.security.UserDraft;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a user. The binder checks what a user mistypes with the service's own messages and
 * limits; what only the service knows (a user name taken, a password too weak, a role the admin may not
 * give) comes back through {@link #showRefusal}, next to the field it names. The view decides what saving
 * means.
 */
class UserForm extends RecordForm<UserDraft> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final CheckboxGroup<CommunityRef> communities = new CheckboxGroup<>();
    final Checkbox subdistrictAdmin = new Checkbox();
    final Checkbox enabled = new Checkbox();
    final PasswordField temporaryPassword = Localized.passwordField(new PasswordField());

    private final boolean creating;

    /**
     * @param assignable the communities the admin may hand out
     * @param mayGrantSubdistrict whether the admin is a sub-district admin (only they see that choice, and
     *     only they may give the admin role)
     * @param creating a new user: the user name is typed and a temporary password is set here
     */
    UserForm(List<CommunityRef> assignable, boolean mayGrantSubdistrict, boolean creating) {
        super(UserDraft.class);
        this.creating = creating;
        refusalsAt(Map.of("username", username, "displayName", displayName, "roles", roles,
                "communityIds", communities, "subdistrictAdmin", subdistrictAdmin, "enabled", enabled,
                "temporaryPassword", temporaryPassword));
        String usernameInvalid = getTranslation("user.username.invalid", UserDraft.USERNAME_MIN,
                UserDraft.USERNAME_MAX);
        String displayNameInvalid = getTranslation("user.displayName.invalid", UserDraft.DISPLAY_NAME_MAX);

        username.setLabel(getTranslation("user.form.username"));
        username.setHelperText(getTranslation("user.form.usernameHelp"));
        username.setReadOnly(!creating);
        username.setMaxLength(UserDraft.USERNAME_MAX);
        username.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(usernameInvalid)
                .setMaxLengthErrorMessage(usernameInvalid));
        username.setTestId("user-form-username");
        displayName.setLabel(getTranslation("user.form.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(UserDraft.DISPLAY_NAME_MAX);
        displayName.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(displayNameInvalid)
                .setMaxLengthErrorMessage(displayNameInvalid));
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
        temporaryPassword.setRequiredIndicatorVisible(creating);
        temporaryPassword.setTestId("user-form-password");

        Map<Long, CommunityRef> byId = assignable.stream()
                .collect(Collectors.toMap(CommunityRef::id, Function.identity()));
        if (creating) {
            binder.forField(username).asRequired(usernameInvalid)
                    .withValidator(u -> UserDraft.isValidUsername(u.strip()), usernameInvalid)
                    .bind("username");
        } else {
            binder.forField(username).bind("username");
        }
        binder.forField(displayName).asRequired(displayNameInvalid)
                .withValidator(n -> n.strip().length() <= UserDraft.DISPLAY_NAME_MAX, displayNameInvalid)
                .bind("displayName");
        binder.forField(roles).asRequired(getTranslation("user.roles.empty")).bind("roles");
        binder.forField(communities)
                .withConverter(
                        (Set<CommunityRef> refs) -> refs.stream().map(CommunityRef::id)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                        (Set<Long> ids) -> ids.stream().map(byId::get).filter(Objects::nonNull)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .bind("communityIds");
        binder.forField(subdistrictAdmin).bind("subdistrictAdmin");
        binder.forField(enabled).bind("enabled");
        // Only a new user gets a temporary password; the service checks it against the password rule.
        binder.forField(temporaryPassword).withNullRepresentation("").bind("temporaryPassword");

        var form = getContent();
        form.add(username, displayName, temporaryPassword, roles, communities, subdistrictAdmin, enabled);
        form.setColspan(roles, 2);
        form.setColspan(communities, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    /** Shows a user; a new one starts enabled, without roles, in the communities given. */
    void read(@Nullable UserDraft user, Set<Long> defaultCommunities) {
        show(user != null ? user : new UserDraft("", "", Set.of(), defaultCommunities, false, true, null));
    }

    /** The user as entered, or empty (with the reasons next to the fields) when it is not valid. */
    @Override
    public Optional<UserDraft> write() {
        // Only a new user gets a temporary password: an edit never sends one.
        return super.write().map(draft -> creating ? draft : new UserDraft(draft.username(), draft.displayName(),
                draft.roles(), draft.communityIds(), draft.subdistrictAdmin(), draft.enabled(), null));
    }
}
