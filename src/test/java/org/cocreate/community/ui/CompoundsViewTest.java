package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.BuildingEntry;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Coverage;
import org.cocreate.community.RegisterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class CompoundsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegisterService register;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerSeesTheCompoundsOfHisCommunityWithCountsAndTheBuildingsOfTheOneSelected() {
        var view = open();

        List<CompoundEntry> rows = rows(view.grid);
        assertThat(rows).extracting(CompoundEntry::name).contains("百货小区", "食品小区", "建设小区");
        CompoundEntry baihuo = rows.stream().filter(c -> c.name().equals("百货小区")).findFirst().orElseThrow();
        assertThat(baihuo.buildings()).isEqualTo(count(
                "select count(*) from building b join compound c on c.id = b.compound_id where c.name = '百货小区'"));
        assertThat(baihuo.residents()).isEqualTo(count("""
                select count(*) from resident r join household h on h.id = r.household_id
                join building b on b.id = h.building_id join compound c on c.id = b.compound_id
                where c.name = '百货小区'"""));
        assertThat(baihuo.coverage()).containsExactlyInAnyOrder(Coverage.values());
        assertThat(test(view.grid).getCellComponent(rows.indexOf(baihuo), 4).getElement().getText())
                .isEqualTo("✓ 六项全覆盖");

        assertThat(view.detail.isVisible()).isFalse();
        test(view.grid).select(rows.indexOf(baihuo));

        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailTitle.getText()).isEqualTo("百货小区的楼栋");
        List<BuildingEntry> buildings = rows(view.buildings);
        assertThat(buildings).extracting(BuildingEntry::name).startsWith("1栋", "2栋", "3栋");
        // The demo gives every building 2 units of 6 floors with 2 doors.
        assertThat(buildings.getFirst().households()).isEqualTo(24);
        assertThat(test(view.buildings).getCellText(0, 1)).isEqualTo("24");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerGetsNoSetUpControlsAndTheServiceRefusesHimAnyway() {
        var view = open();
        test(view.grid).select(0);

        assertThat(view.addCompound.isVisible()).isFalse();
        assertThat(view.editCompound.isVisible()).isFalse();
        assertThat(test(view.addBuilding).isUsable()).isFalse();
        // No column of rename buttons.
        assertThat(view.buildings.getColumns()).hasSize(2);
        long compoundId = rows(view.grid).getFirst().id();
        long communityId = count("select community_id from compound where id = " + compoundId);
        assertThatThrownBy(() -> register.createCompound(communityId,
                new CompoundDraft("工人建的小区", null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.createBuilding(compoundId, "99栋"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminCreatesACompoundAddsABuildingAndRenamesIt() {
        var view = open();
        String name = "测试小区" + System.nanoTime() % 100000;

        test(view.addCompound).click();
        test($(TextField.class).withTestId("compound-name").single()).setValue(name);
        test($(TextField.class).withTestId("compound-address").single()).setValue("文峰路 8 号");
        test($(CheckboxGroup.class).withTestId("compound-coverage").single())
                .selectItems("党组织", "红色驿站");
        test($(Button.class).withTestId("compound-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        CompoundEntry created = rows(view.grid).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.address()).isEqualTo("文峰路 8 号");
        assertThat(created.coverage()).containsExactlyInAnyOrder(Coverage.PARTY_ORGANISATION, Coverage.RED_STATION);
        assertThat(test(view.grid).getSelected()).containsExactly(created);
        assertThat(view.detailTitle.getText()).isEqualTo(name + "的楼栋");
        assertThat(test(view.grid).getCellComponent(rows(view.grid).indexOf(created), 4).getElement().getText())
                .isEqualTo("2/6 项，缺：业委会、物业管理、路灯照明、健身器材");

        test(view.newBuilding).setValue("1栋");
        test(view.addBuilding).click();
        assertThat(rows(view.buildings)).extracting(BuildingEntry::name).containsExactly("1栋");

        test((Button) test(view.buildings).getCellComponent(0, 2)).click();
        test($(TextField.class).withTestId("building-rename-name").single()).setValue("一号楼");
        test($(Button.class).withTestId("building-rename-save").single()).click();
        assertThat(rows(view.buildings)).extracting(BuildingEntry::name).containsExactly("一号楼");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anEmptyTooLongOrDuplicateNameIsShownNextToTheFieldAndChangesNothing() {
        var view = open();
        long before = count("select count(*) from compound");

        test(view.addCompound).click();
        var name = $(TextField.class).withTestId("compound-name").single();
        var save = $(Button.class).withTestId("compound-save").single();

        test(save).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写小区名称（最多 100 个字）");

        test(name).setValue("长".repeat(101));
        test(save).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写小区名称（最多 100 个字）");

        test(name).setValue("文峰小区");
        test(save).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("本社区已有名为\"文峰小区\"的小区");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(count("select count(*) from compound")).isEqualTo(before);

        test($(Button.class).withTestId("compound-cancel").single()).click();
        int wenfeng = rows(view.grid).stream().map(CompoundEntry::name).toList().indexOf("文峰小区");
        test(view.grid).select(wenfeng);
        long buildings = rows(view.buildings).size();
        test(view.newBuilding).setValue("1栋");
        test(view.addBuilding).click();
        assertThat(view.newBuilding.isInvalid()).isTrue();
        assertThat(view.newBuilding.getErrorMessage()).isEqualTo("该小区已有名为\"1栋\"的楼栋");
        assertThat(rows(view.buildings)).hasSize((int) buildings);
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenNeverSeesACompoundOfWenfengta() {
        var view = open();

        List<String> wenfengCompounds = jdbc.sql("""
                select c.name from compound c join community m on m.id = c.community_id
                where m.name = '文峰塔社区'""").query(String.class).list();
        assertThat(wenfengCompounds).contains("文峰小区", "塔湾小区", "烈山小区");
        assertThat(rows(view.grid)).extracting(CompoundEntry::name).contains("龙门小区", "文化小区", "新华小区")
                .doesNotContainAnyElementsOf(wenfengCompounds);
        long wenfengCompound = count("select min(c.id) from compound c join community m on m.id = c.community_id"
                + " where m.name = '文峰塔社区'");
        assertThatThrownBy(() -> register.buildings(wenfengCompound))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodySignedInDoesNotGetTheView() {
        assertThatThrownBy(() -> navigate(CompoundsView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The view as it is on screen. The router hands out Spring's method-security proxy of a view with
     * {@code @RolesAllowed}, whose own fields are empty; the component tree holds the real view.
     */
    private CompoundsView open() {
        navigate(CompoundsView.class);
        return $(CompoundsView.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
