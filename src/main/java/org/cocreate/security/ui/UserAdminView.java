package org.cocreate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.base.ui.WindowWidth;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.LoginHoldService;
import org.cocreate.security.Role;
import org.cocreate.security.UserDraft;
import org.cocreate.security.UserListEntry;
import org.cocreate.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * The users an admin manages: who they are, what they may do, where they work. New users get a
 * temporary password the admin hands over; they choose their own at the first sign-in.
 */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.ADMIN_NAME)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Button create = new Button();
    final Button held = new Button();
    final Grid<UserListEntry> grid = new Grid<>();
    @Nullable FormDialog dialog;
    @Nullable UserForm form;
    /** The form's save button, in the dialog's footer. */
    @Nullable Button save;
    @Nullable PasswordField resetPassword;
    @Nullable Button confirmReset;

    private final UserService users;
    private Grid.@Nullable Column<UserListEntry> communitiesColumn;
    private Grid.@Nullable Column<UserListEntry> enabledColumn;
    private Grid.@Nullable Column<UserListEntry> mustChangeColumn;
    private boolean narrow;
    private final List<CommunityRef> assignable;
    private final boolean subdistrictAdmin;

    UserAdminView(UserService users, CurrentUser currentUser, LoginHoldService holds) {
        // Tablets get the folded tables (adapt), told when shown and when the tablet is turned.
        WindowWidth.follow(this, this::adapt);
        this.users = users;
        this.assignable = users.assignableCommunities();
        this.subdistrictAdmin = currentUser.subdistrictId().isPresent();
        setSizeFull();
        setPadding(false);

        filter.setPlaceholder(getTranslation("user.filter"));
        filter.setAriaLabel(getTranslation("user.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setTestId("user-filter");

        create.setText(getTranslation("user.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> openCreate());
        create.setTestId("user-create");

        // Sign-ins held after too many failures: the way to let somebody in who cannot wait.
        held.setText(getTranslation("heldSignIns.open", holds.held().size()));
        held.setIcon(VaadinIcon.LOCK.create());
        held.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(HeldSignInsView.class)));
        held.setTestId("user-held");

        grid.addColumn(UserListEntry::username).setKey("username").setHeader(getTranslation("user.form.username"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(this::displayNameOf).setHeader(getTranslation("user.form.displayName"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                .collect(Collectors.joining(getTranslation("user.listSeparator"))))
                .setHeader(getTranslation("user.form.roles")).setAutoWidth(true);
        communitiesColumn = grid.addColumn(this::communitiesOf).setHeader(getTranslation("user.form.communities"))
                .setAutoWidth(true);
        enabledColumn = grid.addColumn(u -> yesNo(u.enabled())).setHeader(getTranslation("user.form.enabled"))
                .setAutoWidth(true).setFlexGrow(0);
        mustChangeColumn = grid.addColumn(u -> yesNo(u.mustChangePassword()))
                .setHeader(getTranslation("user.mustChangePassword")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("user.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> users.list(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) users.count(filter.getValue()));
        grid.setSizeFull();
        Localized.emptyState(grid);

        var content = new VerticalLayout(grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("user.title"), filter, held, create), content);
    }

    /** The name; on a tablet with what the folded columns said when it matters (disabled, must change). */
    String displayNameOf(UserListEntry user) {
        if (!narrow) {
            return user.displayName();
        }
        var text = new StringBuilder(user.displayName());
        if (!user.enabled()) {
            text.append(" \u00b7 ").append(getTranslation("user.flag.disabled"));
        }
        if (user.mustChangePassword()) {
            text.append(" \u00b7 ").append(getTranslation("user.flag.mustChange"));
        }
        return text.toString();
    }

    /**
     * Tablets get the short list: communities, enabled and must-change columns left out (the last two
     * said beside the name when they matter), so that edit and reset stay on the screen.
     */
    void adapt(int windowWidth) {
        boolean nowNarrow = WindowWidth.isNarrow(windowWidth);
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        for (var column : java.util.Arrays.asList(communitiesColumn, enabledColumn, mustChangeColumn)) {
            if (column != null) {
                column.setVisible(!narrow);
            }
        }
        grid.getDataProvider().refreshAll();
        grid.recalculateColumnWidths();
    }

    private String communitiesOf(UserListEntry user) {
        String listed = String.join(getTranslation("user.listSeparator"), user.communityNames());
        return user.subdistrictAdmin() ? getTranslation("user.allCommunities") : listed;
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }

    private HorizontalLayout actions(UserListEntry user) {
        var edit = new Button(getTranslation("common.edit"), e -> openEdit(user));
        edit.setTestId("user-edit-" + user.username());
        // An admin account is the sub-district admin's to change (see UserService): not offered to others.
        edit.setVisible(user.mayEdit());
        var reset = new Button(getTranslation("user.resetPassword"), e -> openReset(user));
        reset.setTestId("user-reset-" + user.username());
        reset.setVisible(user.mayResetPassword());
        var actions = new HorizontalLayout(edit, reset);
        actions.setSpacing(false);
        actions.addClassName("grid-actions");
        return actions;
    }

    void openCreate() {
        openForm(getTranslation("user.create"), new UserForm(assignable, subdistrictAdmin, true), null,
                assignable.size() == 1 ? Set.of(assignable.getFirst().id()) : Set.of(), null);
    }

    void openEdit(UserListEntry user) {
        openForm(getTranslation("user.edit", user.username()), new UserForm(assignable, subdistrictAdmin, false),
                users.load(user.id()), Set.of(), user.id());
    }

    private void openForm(String title, UserForm userForm, @Nullable UserDraft draft, Set<Long> defaultCommunities,
            @Nullable Long userId) {
        userForm.read(draft, defaultCommunities);
        var userDialog = new FormDialog(title, userForm).width(FormDialog.Width.WIDE)
                .refusalsShownBy(userForm::showRefusal);
        save = userDialog.primary(getTranslation("common.save"), () -> userForm.write().map(entered -> {
            if (userId == null) {
                users.create(entered);
            } else {
                users.update(userId, entered);
            }
            grid.getDataProvider().refreshAll();
            Notifications.success(userId == null ? "user.created" : "common.saved");
            return true;
        }).orElse(false));
        save.setTestId("user-form-save");
        this.form = userForm;
        this.dialog = userDialog;
        userDialog.open(userForm.username.isReadOnly() ? userForm.displayName : userForm.username);
    }

    void openReset(UserListEntry user) {
        var password = Localized.passwordField(new PasswordField(getTranslation("user.form.temporaryPassword")));
        password.setHelperText(getTranslation("user.form.temporaryPasswordHelp"));
        password.setWidthFull();
        password.setTestId("user-reset-password");
        var resetDialog = new FormDialog(getTranslation("user.resetPassword.title", user.username()),
                new Paragraph(getTranslation("user.resetPassword.explain", user.displayName())), password);
        // Whatever the service refuses about a new password, it is said at the only field there is.
        resetDialog.refusalsShownBy(refusal -> resetDialog.invalid(password, refusal.messageKey(),
                refusal.arguments()));
        var confirm = resetDialog.primary(getTranslation("user.resetPassword"), () -> {
            users.resetPassword(user.id(), password.getValue());
            grid.getDataProvider().refreshAll();
            Notifications.success("user.resetPassword.done", user.username());
            return true;
        });
        confirm.setTestId("user-reset-confirm");
        this.resetPassword = password;
        this.confirmReset = confirm;
        this.dialog = resetDialog;
        resetDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
