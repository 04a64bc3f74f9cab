package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.cocreate.base.ui.RecordForm;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * How the working community runs its points: above which amount a grant waits for an admin's approval, how
 * many days an approved grant is on public notice (0: none), and whether points expire. Admins only; the
 * service checks the values and its refusals show next to the field.
 */
@Route("points/settings")
@Menu(order = 49, icon = "vaadin:cog", title = "nav.pointsSettings")
@RolesAllowed(Role.ADMIN_NAME)
class PointsSettingsView extends VerticalLayout implements HasDynamicTitle {

    final SettingsForm form = new SettingsForm();
    final Button save = new Button();

    private final PointsSettingsService settings;
    private final long communityId;

    PointsSettingsView(PointsSettingsService settings, WorkingCommunity workingCommunity) {
        this.settings = settings;
        this.communityId = workingCommunity.id();
        setPadding(false);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setTestId("points-settings-save");
        save.addClickListener(e -> save());

        var intro = new Paragraph(getTranslation("pointsSettings.intro"));
        intro.addClassName("review-hint");
        var content = new VerticalLayout(intro, form, save);
        content.addClassName("points-settings-content");
        add(new ViewToolbar(getTranslation("pointsSettings.title")), content);
        form.read(settings.settings(communityId));
    }

    private void save() {
        var changed = form.write();
        if (changed.isEmpty()) {
            return;
        }
        CommunityPointsSettings saved;
        try {
            saved = settings.update(communityId, changed.get().settings());
        } catch (RefusedException refusal) {
            form.showRefusal(refusal);
            return;
        }
        form.read(saved);
        Notifications.success("pointsSettings.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pointsSettings");
    }

    /** The settings form: threshold, notice days, expiry switch and months, with what each means. */
    static final class SettingsForm extends RecordForm<SettingsDraft> {

        static final int DEFAULT_EXPIRY_MONTHS = 24;

        final IntegerField approvalThreshold = new IntegerField();
        final IntegerField noticeDays = new IntegerField();
        final Checkbox expires = new Checkbox();
        final IntegerField expiryMonths = new IntegerField();

        SettingsForm() {
            super(SettingsDraft.class);
            refusalsAt(Map.of("approvalThreshold", approvalThreshold, "noticeDays", noticeDays,
                    "expiryMonths", expiryMonths));
            approvalThreshold.setLabel(getTranslation("pointsSettings.threshold"));
            approvalThreshold.setHelperText(getTranslation("pointsSettings.threshold.helper"));
            approvalThreshold.setStepButtonsVisible(true);
            approvalThreshold.setSuffixComponent(new Span(
                    getTranslation("pointsSettings.pointsUnit")));
            approvalThreshold.setTestId("points-settings-threshold");
            noticeDays.setLabel(getTranslation("pointsSettings.noticeDays"));
            noticeDays.setHelperText(getTranslation("pointsSettings.noticeDays.helper",
                    CommunityPointsSettings.MAX_NOTICE_DAYS));
            noticeDays.setStepButtonsVisible(true);
            noticeDays.setSuffixComponent(new Span(
                    getTranslation("pointsSettings.daysUnit")));
            noticeDays.setTestId("points-settings-notice-days");
            expires.setLabel(getTranslation("pointsSettings.expires"));
            expires.setTestId("points-settings-expires");
            expiryMonths.setLabel(getTranslation("pointsSettings.expiryMonths"));
            expiryMonths.setStepButtonsVisible(true);
            expiryMonths.setSuffixComponent(new Span(
                    getTranslation("pointsSettings.monthsUnit")));
            expiryMonths.setTestId("points-settings-expiry-months");

            binder.forField(approvalThreshold).asRequired(getTranslation("pointsSettings.required"))
                    .bind("approvalThreshold");
            binder.forField(noticeDays).asRequired(getTranslation("pointsSettings.required"))
                    .bind("noticeDays");
            binder.forField(expires).bind("expires");
            binder.forField(expiryMonths)
                    .withValidator(v -> !expires.getValue() || v != null, getTranslation("pointsSettings.required"))
                    .bind("expiryMonths");
            expires.addValueChangeListener(e -> {
                if (e.getValue() && expiryMonths.getValue() == null) {
                    expiryMonths.setValue(DEFAULT_EXPIRY_MONTHS);
                }
                showExpiry();
            });
            expiryMonths.addValueChangeListener(e -> showExpiry());

            var layout = getContent();
            layout.add(approvalThreshold, noticeDays, expires, expiryMonths);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("40rem", 2));
            layout.setColspan(expires, 2);
            layout.addClassName("points-settings-form");
        }

        void read(CommunityPointsSettings settings) {
            show(SettingsDraft.of(settings));
            showExpiry();
        }

        private void showExpiry() {
            boolean on = expires.getValue();
            expiryMonths.setEnabled(on);
            Integer months = expiryMonths.getValue();
            expiryMonths.setHelperText(on
                    ? getTranslation("pointsSettings.expiry.helper", months == null ? "N" : months)
                    : getTranslation("pointsSettings.expiry.never"));
        }
    }
}
