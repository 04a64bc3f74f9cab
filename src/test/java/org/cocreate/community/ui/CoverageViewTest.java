package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CompoundEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class CoverageViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void showsTheChecklistOfTheCommunityWhereEveryCompoundIsCovered() {
        var view = open();

        List<String> compounds = compoundsOf("带谟阁社区");
        assertThat(rows(view)).extracting(CompoundEntry::name).containsExactlyInAnyOrderElementsOf(compounds)
                .contains("百货小区", "食品小区", "建设小区");
        long complete = rows(view).stream().filter(c -> c.coverage().size() == 6).count();
        assertThat($(Span.class).withTestId("coverage-summary").single().getText())
                .isEqualTo("已实现六个全覆盖的小区：" + complete + " / " + compounds.size());
        assertThat(test(view.grid).getCellComponent(0, 2).getElement().getText()).isEqualTo("✓ 已覆盖");
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenNeverSeesACompoundOfWenfengta() {
        var view = open();

        assertThat(rows(view)).extracting(CompoundEntry::name)
                .containsExactlyInAnyOrderElementsOf(compoundsOf("龙门街社区"))
                .doesNotContainAnyElementsOf(compoundsOf("文峰塔社区"));
    }

    @Test
    void nobodySignedInDoesNotGetTheOverview() {
        assertThatThrownBy(() -> navigate(CoverageView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(CoverageView.class).exists()).isFalse();
    }

    private CoverageView open() {
        navigate(CoverageView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(CoverageView.class).single();
    }

    private List<String> compoundsOf(String community) {
        return jdbc.sql("select c.name from compound c join community m on m.id = c.community_id where m.name = ?")
                .param(community).query(String.class).list();
    }

    private static List<CompoundEntry> rows(CoverageView view) {
        return view.grid.getListDataView().getItems().toList();
    }
}
