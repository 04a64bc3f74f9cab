package org.cocreate.points.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.cocreate.base.ui.Formats;
import org.cocreate.points.Points;

/**
 * The ranked lines of a leaderboard, shared by the staff screen and the public page: a medal for the first
 * three, the name above the compound (so that three columns fit a phone), and the points.
 */
class RankingList extends Composite<Div> {

    /**
     * What a line shows; the staff screen gives full names, the public page masked ones. The line number
     * keeps two lines apart that read the same (two 陈* of one compound with equal points), which the grid
     * would otherwise take for one item and render once.
     */
    record Row(int line, int rank, String name, String compoundName, Points points) {
    }

    final Grid<Row> grid = new Grid<>();

    RankingList() {
        grid.addComponentColumn(this::rank).setHeader(getTranslation("leaderboard.column.rank"))
                .setTextAlign(ColumnTextAlign.CENTER).setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(RankingList::who).setHeader(getTranslation("leaderboard.column.resident"))
                .setFlexGrow(1);
        Formats formats = Formats.current();
        grid.addColumn(row -> formats.points(row.points().value()))
                .setHeader(getTranslation("leaderboard.column.points")).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(row -> "leaderboard-points").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("leaderboard.empty"));
        grid.addClassName("leaderboard-grid");
        getContent().addClassName("leaderboard-list");
        getContent().add(grid);
    }

    void show(List<Row> rows) {
        grid.setItems(rows);
    }

    List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }

    private Component rank(Row row) {
        var badge = new Span(String.valueOf(row.rank()));
        badge.addClassName("leaderboard-rank");
        if (row.rank() <= 3) {
            badge.addClassNames("leaderboard-medal", "leaderboard-medal-" + row.rank());
            badge.addComponentAsFirst(VaadinIcon.MEDAL.create());
        }
        badge.getElement().setAttribute("aria-label", getTranslation("leaderboard.rank", row.rank()));
        return badge;
    }

    private static Component who(Row row) {
        var name = new Span(row.name());
        name.addClassName("leaderboard-name");
        var compound = new Span(row.compoundName());
        compound.addClassName("leaderboard-compound");
        var who = new Div(name, compound);
        who.addClassName("leaderboard-who");
        return who;
    }
}
