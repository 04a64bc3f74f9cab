package org.cocreate.community.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Coverage;
import org.cocreate.community.RegisterService;
import org.cocreate.security.WorkingCommunity;

/**
 * The working community's compounds with the "全覆盖" checklist of the seed, so that what is still missing
 * shows at a glance. The workbench's key figures count the compounds that have it all and open this grid.
 */
@Route("coverage")
@Menu(order = 25, icon = "vaadin:check-square-o", title = "nav.coverage")
@PermitAll
class CoverageView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CompoundEntry> grid = new Grid<>();

    CoverageView(RegisterService register, WorkingCommunity workingCommunity) {
        setSizeFull();
        setPadding(false);
        long communityId = workingCommunity.id();
        List<CompoundEntry> compounds = register.compounds(communityId);

        grid.addColumn(CompoundEntry::name).setHeader(getTranslation("compound.name")).setFrozen(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CompoundEntry::residents).setHeader(getTranslation("compound.residents"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        for (Coverage item : Coverage.values()) {
            grid.addComponentColumn(c -> mark(c.covers(item))).setHeader(getTranslation(item.translationKey()))
                    .setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(compounds);
        grid.setAllRowsVisible(true);
        Localized.emptyState(grid);

        long complete = compounds.stream().filter(c -> c.coverage().size() == Coverage.values().length).count();
        var summary = new Span(getTranslation("coverage.summary", complete, compounds.size()));
        summary.setTestId("coverage-summary");
        var content = new VerticalLayout(summary, grid);
        add(new ViewToolbar(getTranslation("coverage.title", register.communityName(communityId))), content);
    }

    private Span mark(boolean covered) {
        var mark = new Span(getTranslation(covered ? "coverage.yes" : "coverage.no"));
        mark.addClassName(covered ? "coverage-yes" : "coverage-no");
        return mark;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coverage");
    }
}
