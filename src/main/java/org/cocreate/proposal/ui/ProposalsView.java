package org.cocreate.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChanged;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 居民提议: the board of the working community's proposals, the latest changed first, filtered by words,
 * compound, category and state (those still being handled by default). A row opens the proposal's page;
 * staff take down a new one from here.
 */
@Route("proposals")
@Menu(order = 60, icon = "vaadin:lightbulb", title = "nav.proposals")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class ProposalsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code ?show=waiting}: the workbench's to-do opens the proposals waiting for an answer. */
    static final String SHOW = "show";
    static final String SHOW_WAITING = "waiting";

    /** What the state filter offers beside each single state. */
    enum Shown {
        /** Waiting for an answer: raised, or being discussed. */
        WAITING(EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION)),
        ACTIVE(EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION, ProposalStatus.ADOPTED,
                ProposalStatus.IN_PROGRESS, ProposalStatus.DONE)),
        ALL(EnumSet.complementOf(EnumSet.of(ProposalStatus.MERGED)));

        final Set<ProposalStatus> statuses;

        Shown(Set<ProposalStatus> statuses) {
            this.statuses = statuses;
        }
    }

    final Button create = new Button();
    final TextField search = new TextField();
    final ComboBox<CompoundEntry> compound = new ComboBox<>();
    final Select<ProposalCategory> category = new Select<>();
    final Select<Object> state = new Select<>();
    final Grid<ProposalEntry> grid = new Grid<>();

    private final ProposalService proposals;
    private final long communityId;

    ProposalsView(ProposalService proposals, RegisterService register, CurrentUser currentUser,
            WorkingCommunity workingCommunity, LiveEvents liveEvents) {
        this.proposals = proposals;
        this.communityId = workingCommunity.id();
        setPadding(false);
        setSpacing(false);
        setSizeFull();

        create.setText(getTranslation("proposals.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.setTestId("proposals-new");
        create.setVisible(currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER));
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProposalIntakeView.class)));

        search.setPlaceholder(getTranslation("proposals.search"));
        search.setAriaLabel(getTranslation("proposals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setTestId("proposals-search");
        compound.setPlaceholder(getTranslation("proposals.filter.compound"));
        compound.setAriaLabel(getTranslation("proposals.filter.compound"));
        compound.setItems(register.compounds(communityId));
        compound.setItemLabelGenerator(CompoundEntry::name);
        compound.setClearButtonVisible(true);
        compound.setTestId("proposals-compound");
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("proposals.filter.anyCategory"));
        category.setAriaLabel(getTranslation("proposals.filter.category"));
        category.setItems(ProposalCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("proposals.filter.anyCategory")
                : ProposalTexts.category(this, c));
        category.setTestId("proposals-category");
        state.setAriaLabel(getTranslation("proposals.filter.status"));
        List<Object> states = new java.util.ArrayList<>(List.of(Shown.ACTIVE, Shown.WAITING, Shown.ALL));
        states.addAll(List.of(ProposalStatus.values()));
        state.setItems(states);
        state.setItemLabelGenerator(s -> s instanceof Shown shown
                ? getTranslation("proposals.filter." + shown.name().toLowerCase(java.util.Locale.ROOT))
                : ProposalTexts.status(this, (ProposalStatus) s));
        state.setValue(Shown.ACTIVE);
        state.setTestId("proposals-status");
        search.addValueChangeListener(e -> refresh());
        compound.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(search, compound, category, state);
        filters.addClassName("proposals-filters");

        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("proposals.column.proposal")).setFlexGrow(1);
        grid.addComponentColumn(p -> ProposalTexts.badge(this, p.status()))
                .setHeader(getTranslation("proposals.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("proposals.supporters", p.supporters()))
                .setHeader(getTranslation("proposals.column.supporters")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProposalView.class,
                ProposalView.parameters(e.getItem().id()))));
        grid.addClassName("proposals-grid");
        grid.setTestId("proposals-grid");
        grid.setSizeFull();
        Localized.emptyState(grid);

        var content = new VerticalLayout(filters, grid);
        content.setSizeFull();
        content.addClassName("proposals-content");
        add(new ViewToolbar(getTranslation("proposals.title"), create), content);
        setFlexGrow(1, content);
        refresh();
        // A proposal taken down, moved or merged on another tablet (this node or another) shows at once.
        LiveScreen.follow(this, liveEvents, ProposalChanged.class, () -> communityId, change -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getSingleParameter(SHOW).filter(SHOW_WAITING::equals)
                .isPresent()) {
            state.setValue(Shown.WAITING);
        }
    }

    void refresh() {
        Object chosen = state.getValue();
        Set<ProposalStatus> statuses = chosen instanceof ProposalStatus single ? EnumSet.of(single)
                : chosen instanceof Shown shown ? shown.statuses : Shown.ACTIVE.statuses;
        @Nullable CompoundEntry place = compound.getValue();
        grid.setItems(proposals.board(communityId, new ProposalFilter(place == null ? null : place.id(),
                category.getValue(), statuses, search.getValue())));
    }

    /** The title, and under it where, what about, who raised it and when it last changed. */
    private Component titleCell(ProposalEntry proposal) {
        var title = new Span(proposal.title());
        title.addClassName("proposals-title");
        var details = new Span(ProposalTexts.place(this, proposal) + " · " + ProposalTexts.proposer(this, proposal)
                + " · " + Formats.current().date(proposal.updatedAt().toLocalDate()));
        details.addClassName("proposals-details");
        var cell = new Div(title, details);
        cell.addClassName("proposals-cell");
        cell.setTestId("proposal-row-" + proposal.id());
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals");
    }
}
