package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.PhoneNumbers;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantService;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 发放积分 on a tablet, one screen top to bottom: find the resident, tap the rule (the most used first),
 * set times or hours, press the big button. The form then clears for the next resident and keeps the
 * rule, as workers grant the same deed to several people in a row.
 */
@Route("points/grant")
@Menu(order = 41, icon = "vaadin:plus-circle", title = "nav.grant")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class GrantView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ResidentPicker residentSearch;
    final Div residentCard = new Div();
    final Span residentName = new Span();
    final Span residentDetails = new Span();
    final Button changeResident = new Button();
    final RulePicker rulePicker = new RulePicker();
    final GrantDetails details;
    final Button grantButton = new Button();

    private final GrantService grants;
    private final PointsSettingsService settings;
    private final ScoringStandardService standards;
    private final ResidentService residents;
    private final long communityId;
    private @Nullable ResidentListEntry resident;
    /** Names this submission: made when the form is filled, reused if the button is pressed again. */
    private @Nullable String idempotencyKey;

    GrantView(GrantService grants, PointsSettingsService settings, ScoringStandardService standards,
            ResidentService residents, WorkingCommunity workingCommunity, Clock clock) {
        this.grants = grants;
        this.settings = settings;
        this.standards = standards;
        this.residents = residents;
        this.communityId = workingCommunity.id();
        this.details = new GrantDetails(clock);
        this.residentSearch = new ResidentPicker(residents, communityId, this::pickResident);
        setPadding(false);
        setSpacing(false);
        addClassName("grant-view");

        residentName.addClassName("grant-card-name");
        residentName.setTestId("grant-resident-name");
        residentDetails.addClassName("grant-card-details");
        changeResident.setText(getTranslation("grant.resident.change"));
        changeResident.setIcon(VaadinIcon.EXCHANGE.create());
        changeResident.addClassName("grant-touch");
        changeResident.setTestId("grant-resident-change");
        changeResident.addClickListener(e -> pickResident(null));
        var who = new Div(residentName, residentDetails);
        who.addClassName("grant-card-text");
        residentCard.add(VaadinIcon.USER.create(), who, changeResident);
        residentCard.addClassName("grant-card");
        residentCard.setTestId("grant-resident-card");

        rulePicker.addSelectionListener(rule -> {
            details.setRule(rule);
            formChanged();
        });
        details.quantity.addValueChangeListener(e -> formChanged());
        details.date.addValueChangeListener(e -> dateChanged());
        details.note.addValueChangeListener(e -> formChanged());
        details.photo.onChange(this::formChanged);

        grantButton.setText(getTranslation("grant.submit"));
        grantButton.setIcon(VaadinIcon.CHECK.create());
        grantButton.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        grantButton.addClassName("grant-submit");
        grantButton.setTestId("grant-submit");
        grantButton.setDisableOnClick(true);
        grantButton.addClickListener(e -> submit());
        var actions = new Div(grantButton);
        actions.addClassName("grant-actions");

        var content = new VerticalLayout(section("grant.step.resident"), residentSearch, residentCard,
                section("grant.step.rule"), rulePicker, section("grant.step.details"), details);
        content.addClassName("grant-content");
        content.setSpacing(false);
        add(new ViewToolbar(getTranslation("nav.grant")), content, actions);
        setFlexGrow(1, content);
        pickResident(null);
    }

    private H2 section(String key) {
        var title = new H2(getTranslation(key));
        title.addClassName("grant-section");
        return title;
    }

    private void pickResident(@Nullable ResidentListEntry picked) {
        this.resident = picked;
        residentCard.setVisible(picked != null);
        residentSearch.setVisible(picked == null);
        if (picked != null) {
            residentName.setText(picked.name());
            residentDetails.setText(picked.address() + (picked.phone().isEmpty() ? ""
                    : " \u00b7 " + PhoneNumbers.mask(picked.phone())));
        } else {
            residentSearch.focus();
        }
        refreshCaps();
        formChanged();
    }

    /**
     * Each visit shows the rules by how much they are used now. A grant offered from another screen (a
     * proposal adopted, see {@link GrantOffers}) comes with its resident chosen, its rule picked and its note
     * written; the worker still presses the button, and approval and notice apply as to any other.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refreshRules();
        QueryParameters query = event.getLocation().getQueryParameters();
        GrantOffers.resident(query).ifPresent(id -> {
            try {
                pickResident(residents.get(id));
            } catch (NotFoundException notHere) {
                // Not a resident of this community: the search stays, as on any visit.
            }
        });
        GrantOffers.rule(query, rulePicker.rules()).ifPresent(rulePicker::select);
        GrantOffers.note(query).ifPresent(details.note::setValue);
    }

    private void dateChanged() {
        refreshRules();
        refreshCaps();
        formChanged();
    }

    /** The chosen resident's caps on the grant date: a rule used up shows it before it is tapped. */
    private void refreshCaps() {
        LocalDate date = details.date.getValue();
        ResidentListEntry chosen = resident;
        rulePicker.setCapsUsed(chosen == null || date == null ? java.util.Map.of() : grants.capsUsed(chosen.id(), date));
    }

    /** The rules of the standard in effect on the grant date, the most used first. */
    private void refreshRules() {
        LocalDate date = details.date.getValue();
        if (date != null) {
            rulePicker.setRules(standards.rulesInEffectByUse(communityId, date));
        }
    }

    /** Any change makes it another grant: it gets a key of its own when it is sent. */
    private void formChanged() {
        idempotencyKey = null;
    }

    private void submit() {
        try {
            send();
        } finally {
            grantButton.setEnabled(true);
        }
    }

    private void send() {
        details.clearRefusals();
        ResidentListEntry chosen = resident;
        RuleEntry rule = rulePicker.value().orElse(null);
        LocalDate date = details.date.getValue();
        if (chosen == null) {
            Notifications.error("grant.resident.required");
            return;
        }
        if (rule == null) {
            Notifications.error("grant.rule.required");
            return;
        }
        if (date == null || details.quantityValue() < 1) {
            Notifications.error(date == null ? "grant.date.required" : "grant.quantity.required");
            return;
        }
        if (idempotencyKey == null) {
            idempotencyKey = UUID.randomUUID().toString();
        }
        GrantOutcome outcome;
        try {
            outcome = grants.grant(new GrantCommand(chosen.id(), rule.id(), details.quantityValue(), date,
                    details.note.getValue(), idempotencyKey, details.photo.value()));
        } catch (RefusedException refusal) {
            details.showRefusal(refusal);
            Notifications.error("grant.refused", GrantTexts.refusal(this, refusal));
            return;
        }
        String text = GrantTexts.outcome(this, chosen.name(), rule, outcome, settings.settings(communityId));
        if (outcome.status() == GrantStatus.POSTED || outcome.status() == GrantStatus.NOTICE
                || outcome.status() == GrantStatus.PENDING_APPROVAL) {
            Notifications.success("grant.done", text);
        } else {
            Notifications.error("grant.done", text);
        }
        details.reset();
        pickResident(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.grant");
    }
}
