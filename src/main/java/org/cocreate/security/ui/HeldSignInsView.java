package org.cocreate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.HeldSignIn;
import org.cocreate.security.LoginHoldService;
import org.cocreate.security.Role;

/**
 * The sign-ins held after too many failed ones (see LoginThrottle), with an unlock each: the user who
 * phones because the login page says "try again in 15 minutes" need not wait. Reached from the users.
 */
@Route("users/held")
@RolesAllowed(Role.ADMIN_NAME)
class HeldSignInsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<HeldSignIn> grid = new Grid<>();
    final Button back = new Button();

    private final LoginHoldService holds;
    private final Clock clock;

    HeldSignInsView(LoginHoldService holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
        setSizeFull();
        setPadding(false);

        back.setText(getTranslation("heldSignIns.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(UserAdminView.class)));

        grid.addColumn(h -> h.isAddress() ? getTranslation("heldSignIns.everyName") : h.username())
                .setKey("username").setHeader(getTranslation("user.form.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.displayName() == null ? "" : h.displayName())
                .setHeader(getTranslation("user.form.displayName")).setAutoWidth(true);
        grid.addColumn(h -> h.fromTrustedDevice() ? getTranslation("heldSignIns.trustedDevice", h.address())
                        : h.address())
                .setHeader(getTranslation("heldSignIns.from")).setAutoWidth(true);
        grid.addColumn(HeldSignIn::failures).setHeader(getTranslation("heldSignIns.failures")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> getTranslation("heldSignIns.minutes", minutesLeft(h)))
                .setKey("remaining").setHeader(getTranslation("heldSignIns.remaining")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::unlockButton).setKey("actions").setHeader(getTranslation("user.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        Localized.emptyState(grid);

        var hint = new Paragraph(getTranslation("heldSignIns.hint"));
        var content = new VerticalLayout(hint, grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("heldSignIns.title"), back), content);
        reload();
    }

    private long minutesLeft(HeldSignIn held) {
        long seconds = Duration.between(LocalDateTime.now(clock), held.heldUntil()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private Button unlockButton(HeldSignIn held) {
        var unlock = new Button(getTranslation("heldSignIns.unlock"), VaadinIcon.UNLOCK.create(), e -> unlock(held));
        unlock.addThemeVariants(ButtonVariant.PRIMARY);
        unlock.setTestId("held-unlock-" + (held.isAddress() ? held.address() : held.username()));
        return unlock;
    }

    void unlock(HeldSignIn held) {
        if (held.isAddress()) {
            holds.unlockAddress(held.address());
            Notifications.success("heldSignIns.unlocked", held.address());
        } else {
            holds.unlock(held.username());
            Notifications.success("heldSignIns.unlocked", held.username());
        }
        reload();
    }

    private void reload() {
        grid.setItems(holds.held());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("heldSignIns.title");
    }
}
