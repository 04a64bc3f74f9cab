package org.cocreate.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cocreate.assembly.AssemblyDraft;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.AssemblyService;
import org.cocreate.assembly.CovenantService;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * 业主大会: the working community's owners' assemblies, the latest first; a row opens its page. Staff prepare a
 * new one here: the compound, a title, and the days the vote runs (written ballots take weeks door to door).
 */
@Route("assemblies")
@Menu(order = 62, icon = "vaadin:institution", title = "nav.assemblies")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class AssembliesView extends VerticalLayout implements HasDynamicTitle {

    final Button create = new Button();
    final Button covenant = new Button();
    final Grid<AssemblyEntry> grid = new Grid<>();

    private final AssemblyService assemblies;
    private final RegisterService register;
    private final CovenantService covenants;
    private final boolean admin;
    private final long communityId;
    private final Clock clock;

    AssembliesView(AssemblyService assemblies, RegisterService register, CovenantService covenants,
            WorkingCommunity workingCommunity, CurrentUser currentUser, Clock clock) {
        this.assemblies = assemblies;
        this.register = register;
        this.covenants = covenants;
        this.admin = currentUser.has(Role.ADMIN);
        this.communityId = workingCommunity.id();
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        setSizeFull();
        create.setText(getTranslation("assemblies.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.setTestId("assemblies-new");
        create.setVisible(currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER));
        create.addClickListener(e -> createDialog());
        // The shares the compound's covenant asks for beyond the law: every reader sees them, an admin sets them.
        covenant.setText(getTranslation("assembly.covenant"));
        covenant.setIcon(VaadinIcon.SCALE.create());
        covenant.setTestId("assemblies-covenant");
        covenant.addClickListener(e -> new CovenantDialog(covenants, register.compounds(communityId), admin).open());
        grid.addComponentColumn(this::cell).setHeader(getTranslation("assemblies.column.assembly")).setFlexGrow(1);
        grid.addComponentColumn(a -> AssemblyTexts.status(this, a.status()))
                .setHeader(getTranslation("assemblies.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssemblyView.class,
                AssemblyView.parameters(e.getItem().id()))));
        grid.setSizeFull();
        grid.setTestId("assemblies-grid");
        Localized.emptyState(grid);
        var content = new VerticalLayout(grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("nav.assemblies"), covenant, create), content);
        setFlexGrow(1, content);
        grid.setItems(assemblies.assemblies(communityId));
    }

    private Component cell(AssemblyEntry assembly) {
        var title = new Span(assembly.title());
        title.addClassName("proposals-title");
        Formats formats = Formats.current();
        var details = new Span(getTranslation("assemblies.details", assembly.compoundName(),
                formats.date(assembly.opensOn()), formats.date(assembly.closesOn()), assembly.items().size()));
        details.addClassName("proposals-details");
        var cell = new Div(title, details);
        cell.addClassName("proposals-cell");
        cell.setTestId("assembly-row-" + assembly.id());
        return cell;
    }

    /** 筹备业主大会: the compound, a title, three weeks from tomorrow as a start. */
    void createDialog() {
        var compound = new Select<CompoundEntry>();
        compound.setLabel(getTranslation("assemblies.form.compound"));
        compound.setItems(register.compounds(communityId));
        compound.setItemLabelGenerator(CompoundEntry::name);
        compound.setTestId("assembly-compound");
        var title = new TextField(getTranslation("assemblies.form.title"));
        title.setMaxLength(AssemblyDraft.TITLE_MAX);
        title.setPlaceholder(getTranslation("assemblies.form.titlePlaceholder"));
        title.setTestId("assembly-title");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        DatePicker opensOn = Localized.datePicker(getTranslation("assemblies.form.opensOn"));
        opensOn.setValue(tomorrow);
        DatePicker closesOn = Localized.datePicker(getTranslation("assemblies.form.closesOn"));
        closesOn.setValue(tomorrow.plusWeeks(3));
        closesOn.setTestId("assembly-closes-on");
        var form = new FormLayout(compound, title, opensOn, closesOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(title, 2);
        var dialog = new FormDialog(getTranslation("assemblies.new"), form).refusalsAt(Map.of("compoundId", compound,
                "title", title, "opensOn", opensOn, "closesOn", closesOn));
        dialog.primary(getTranslation("assemblies.create"), () -> {
            CompoundEntry chosen = compound.getValue();
            AssemblyEntry created = assemblies.create(communityId, new AssemblyDraft(chosen == null ? null : chosen.id(),
                    title.getValue(), opensOn.getValue(), closesOn.getValue()));
            getUI().ifPresent(ui -> ui.navigate(AssemblyView.class, AssemblyView.parameters(created.id())));
            return true;
        }).setTestId("assembly-save");
        dialog.open(title);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assemblies");
    }
}
