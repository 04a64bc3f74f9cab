package org.cocreate.points.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.BuildingEntry;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.points.BulkGrantCommand;
import org.cocreate.points.BulkGrantResult;
import org.cocreate.points.GrantStatus;
import org.cocreate.points.GrantService;
import org.cocreate.points.RuleEntry;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 批量发放: the same grant to a building, a household, an organisation's members or residents found one
 * by one. Everyone on the checklist is ticked; untick to leave someone out. All of them get it or, if one
 * is refused, nobody does, and the refusal names the resident.
 */
@Route("points/grant/bulk")
@Menu(order = 42, icon = "vaadin:group", title = "nav.bulkGrant")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class BulkGrantView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Where the residents come from. */
    enum Source {
        BUILDING, HOUSEHOLD, ORGANISATION, SEARCH;

        String translationKey() {
            return "bulkGrant.source." + name();
        }
    }

    /** A resident on the checklist. */
    record Recipient(long id, String name, String address) {
    }

    final Select<Source> source = new Select<>();
    final Select<CompoundEntry> compound = new Select<>();
    final Select<BuildingEntry> building = new Select<>();
    final Select<HouseholdEntry> household = new Select<>();
    final Select<OrganisationEntry> organisation = new Select<>();
    final Button addGroup = new Button();
    final ResidentPicker residentSearch;
    final Grid<Recipient> checklist = new Grid<>();
    final Span count = new Span();
    final Button clearList = new Button();
    final RulePicker rulePicker = new RulePicker();
    final GrantDetails details;
    final Button grantButton = new Button();

    private final GrantService grants;
    private final RegisterService register;
    private final ResidentService residents;
    private final OrganisationService organisations;
    private final ScoringStandardService standards;
    private final long communityId;
    private final Map<Long, Recipient> recipients = new LinkedHashMap<>();
    private final Set<Long> ticked = new HashSet<>();
    private @Nullable String idempotencyKey;

    @SuppressWarnings("java:S107")
    BulkGrantView(GrantService grants, ScoringStandardService standards, RegisterService register,
            ResidentService residents, OrganisationService organisations, WorkingCommunity workingCommunity,
            Clock clock) {
        this.grants = grants;
        this.standards = standards;
        this.register = register;
        this.residents = residents;
        this.organisations = organisations;
        this.communityId = workingCommunity.id();
        this.details = new GrantDetails(clock);
        this.residentSearch = new ResidentPicker(residents, communityId,
                r -> add(List.of(new Recipient(r.id(), r.name(), r.address()))));
        setPadding(false);
        setSpacing(false);
        addClassName("grant-view");

        configurePickers();
        configureChecklist();

        rulePicker.addSelectionListener(rule -> {
            details.setRule(rule);
            formChanged();
        });
        details.quantity.addValueChangeListener(e -> formChanged());
        details.date.addValueChangeListener(e -> {
            refreshRules();
            formChanged();
        });
        details.note.addValueChangeListener(e -> formChanged());
        details.photo.onChange(this::formChanged);

        grantButton.setIcon(VaadinIcon.CHECK.create());
        grantButton.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        grantButton.addClassName("grant-submit");
        grantButton.setTestId("bulk-submit");
        grantButton.addClickListener(e -> confirm());
        var actions = new Div(grantButton);
        actions.addClassName("grant-actions");

        var pickers = new Div(source, compound, building, household, organisation, addGroup);
        pickers.addClassName("bulk-pickers");
        var listHeader = new Div(count, clearList);
        listHeader.addClassName("bulk-list-header");
        var content = new VerticalLayout(section("bulkGrant.step.residents"), pickers, residentSearch, listHeader,
                checklist, section("grant.step.rule"), rulePicker, section("grant.step.details"), details);
        content.addClassName("grant-content");
        content.setSpacing(false);
        add(new ViewToolbar(getTranslation("nav.bulkGrant")), content, actions);
        setFlexGrow(1, content);
        showSource();
        refreshList();
    }

    private H2 section(String key) {
        var title = new H2(getTranslation(key));
        title.addClassName("grant-section");
        return title;
    }

    private void configurePickers() {
        source.setLabel(getTranslation("bulkGrant.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        source.setValue(Source.BUILDING);
        source.setTestId("bulk-source");
        source.addValueChangeListener(e -> showSource());

        compound.setLabel(getTranslation("bulkGrant.compound"));
        compound.setItems(register.compounds(communityId));
        compound.setItemLabelGenerator(c -> c == null ? "" : c.name());
        compound.setTestId("bulk-compound");
        compound.addValueChangeListener(e -> {
            building.setItems(e.getValue() == null ? List.of() : register.buildings(e.getValue().id()));
            building.clear();
        });
        building.setLabel(getTranslation("bulkGrant.building"));
        building.setItemLabelGenerator(b -> b == null ? "" : b.name());
        building.setTestId("bulk-building");
        building.addValueChangeListener(e -> {
            household.setItems(e.getValue() == null ? List.of() : register.households(e.getValue().id()));
            household.clear();
        });
        household.setLabel(getTranslation("bulkGrant.household"));
        household.setItemLabelGenerator(h -> h == null ? "" : householdLabel(h));
        household.setTestId("bulk-household");
        organisation.setLabel(getTranslation("bulkGrant.organisation"));
        organisation.setItems(organisations.list(communityId));
        organisation.setItemLabelGenerator(o -> o == null ? "" : o.name());
        organisation.setTestId("bulk-organisation");

        addGroup.setIcon(VaadinIcon.PLUS.create());
        addGroup.addClassName("grant-touch");
        addGroup.setTestId("bulk-add");
        addGroup.addClickListener(e -> addGroup());
    }

    private static String householdLabel(HouseholdEntry household) {
        String text = (household.unit() + " " + household.room()).strip();
        return text.isEmpty() ? household.address() : text;
    }

    private void showSource() {
        Source chosen = source.getValue();
        compound.setVisible(chosen == Source.BUILDING || chosen == Source.HOUSEHOLD);
        building.setVisible(chosen == Source.BUILDING || chosen == Source.HOUSEHOLD);
        household.setVisible(chosen == Source.HOUSEHOLD);
        organisation.setVisible(chosen == Source.ORGANISATION);
        addGroup.setVisible(chosen != Source.SEARCH);
        residentSearch.setVisible(chosen == Source.SEARCH);
        addGroup.setText(getTranslation(chosen == Source.ORGANISATION ? "bulkGrant.add.members"
                : chosen == Source.HOUSEHOLD ? "bulkGrant.add.household" : "bulkGrant.add.building"));
    }

    private void addGroup() {
        Source chosen = source.getValue();
        List<Recipient> found = new ArrayList<>();
        if (chosen == Source.ORGANISATION && organisation.getValue() != null) {
            organisations.members(organisation.getValue().id())
                    .forEach(m -> found.add(new Recipient(m.residentId(), m.residentName(), m.address())));
        } else if (chosen == Source.HOUSEHOLD && household.getValue() != null) {
            residents.householdMembers(household.getValue().id()).forEach(r -> found.add(recipient(r)));
        } else if (chosen == Source.BUILDING && building.getValue() != null) {
            for (HouseholdEntry inBuilding : register.households(building.getValue().id())) {
                residents.householdMembers(inBuilding.id()).forEach(r -> found.add(recipient(r)));
            }
        } else {
            Notifications.error("bulkGrant.pick.required");
            return;
        }
        if (found.isEmpty()) {
            Notifications.error("bulkGrant.nobody");
            return;
        }
        add(found);
    }

    private static Recipient recipient(ResidentListEntry resident) {
        return new Recipient(resident.id(), resident.name(), resident.address());
    }

    private void add(List<Recipient> found) {
        for (Recipient r : found) {
            recipients.putIfAbsent(r.id(), r);
            ticked.add(r.id());
        }
        refreshList();
    }

    private void configureChecklist() {
        checklist.addComponentColumn(r -> {
            var box = new Checkbox(ticked.contains(r.id()));
            box.setAriaLabel(r.name());
            box.addClassName("bulk-tick");
            box.addValueChangeListener(e -> tick(r, e.getValue()));
            return box;
        }).setHeader(getTranslation("bulkGrant.column.include")).setAutoWidth(true).setFlexGrow(0);
        checklist.addColumn(Recipient::name).setHeader(getTranslation("bulkGrant.column.name"))
                .setAutoWidth(true).setFlexGrow(0);
        checklist.addColumn(Recipient::address).setHeader(getTranslation("bulkGrant.column.address"))
                .setFlexGrow(1);
        checklist.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        checklist.setAllRowsVisible(true);
        checklist.addClassName("bulk-checklist");
        checklist.setTestId("bulk-checklist");
        Localized.emptyState(checklist);
        count.addClassName("bulk-count");
        count.setTestId("bulk-count");
        clearList.setText(getTranslation("bulkGrant.clear"));
        clearList.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clearList.addThemeVariants(ButtonVariant.TERTIARY);
        clearList.setTestId("bulk-clear");
        clearList.addClickListener(e -> {
            recipients.clear();
            ticked.clear();
            refreshList();
        });
    }

    /** Ticks or unticks a resident on the checklist. */
    void tick(Recipient recipient, boolean include) {
        if (include) {
            ticked.add(recipient.id());
        } else {
            ticked.remove(recipient.id());
        }
        showCount();
    }

    /** The residents ticked now, in the checklist's order. */
    List<Recipient> chosen() {
        return recipients.values().stream().filter(r -> ticked.contains(r.id())).toList();
    }

    private void refreshList() {
        checklist.setItems(List.copyOf(recipients.values()));
        clearList.setEnabled(!recipients.isEmpty());
        showCount();
    }

    private void showCount() {
        int n = chosen().size();
        count.setText(getTranslation("bulkGrant.count", n, recipients.size()));
        grantButton.setText(getTranslation("bulkGrant.submit", n));
        grantButton.setEnabled(n > 0);
        details.setRecipients(Math.max(1, n));
        formChanged();
    }

    private void formChanged() {
        idempotencyKey = null;
    }

    private void confirm() {
        details.clearRefusals();
        List<Recipient> chosen = chosen();
        RuleEntry rule = rulePicker.value().orElse(null);
        if (chosen.isEmpty()) {
            Notifications.error("bulkGrant.residents.required");
            return;
        }
        if (rule == null) {
            Notifications.error("grant.rule.required");
            return;
        }
        if (details.date.getValue() == null || details.quantityValue() < 1) {
            Notifications.error(details.date.getValue() == null ? "grant.date.required" : "grant.quantity.required");
            return;
        }
        var dialog = Localized.confirmDialog(getTranslation("bulkGrant.confirm.header"),
                getTranslation("bulkGrant.confirm.text", rule.content().name(), Formats.current().signed(details.amount()),
                        chosen.size()),
                getTranslation("bulkGrant.submit", chosen.size()));
        dialog.addConfirmListener(e -> send(chosen, rule));
        dialog.open();
    }

    private void send(List<Recipient> chosen, RuleEntry rule) {
        LocalDate date = details.date.getValue();
        if (date == null) {
            return;
        }
        if (idempotencyKey == null) {
            idempotencyKey = UUID.randomUUID().toString();
        }
        BulkGrantResult result;
        try {
            result = grants.bulkGrant(new BulkGrantCommand(chosen.stream().map(Recipient::id).toList(), rule.id(),
                    details.quantityValue(), date, details.note.getValue(), idempotencyKey, details.photo.value()));
        } catch (RefusedException refusal) {
            details.showRefusal(refusal);
            Notifications.error("grant.refused", GrantTexts.refusal(this, refusal));
            return;
        }
        Notifications.success("bulkGrant.done", result.outcomes().size(), rule.content().name(),
                Formats.current().signed(details.amount()), result.count(GrantStatus.POSTED),
                result.count(GrantStatus.NOTICE), result.count(GrantStatus.PENDING_APPROVAL));
        recipients.clear();
        ticked.clear();
        details.reset();
        refreshList();
    }

    /**
     * Each visit shows the rules by how much they are used now. A grant offered from another screen (the
     * supporters of an adopted proposal, see {@link GrantOffers}) comes with its residents on the checklist,
     * its rule picked and its note written; residents not of this community are left out.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refreshRules();
        QueryParameters query = event.getLocation().getQueryParameters();
        List<Recipient> offered = new ArrayList<>();
        for (long id : GrantOffers.residents(query)) {
            try {
                offered.add(recipient(residents.get(id)));
            } catch (NotFoundException notHere) {
                // Not a resident of this community: left off the list.
            }
        }
        if (!offered.isEmpty()) {
            source.setValue(Source.SEARCH);
            add(offered);
        }
        GrantOffers.rule(query, rulePicker.rules()).ifPresent(rulePicker::select);
        GrantOffers.note(query).ifPresent(details.note::setValue);
    }

    /** The rules of the standard in effect on the grant date, the most used first. */
    private void refreshRules() {
        LocalDate date = details.date.getValue();
        if (date != null) {
            rulePicker.setRules(standards.rulesInEffectByUse(communityId, date));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bulkGrant");
    }
}
