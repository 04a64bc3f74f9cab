package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.UnitEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A compound's units and owners on the tablet: the property register uploaded through the import screen (a bad
 * row shown with its reason, then the corrected file imported), the units listed with their areas and totals, an
 * area corrected in its dialog (0 refused at the field, nothing saved), and who may open the screens.
 */
@ViewTest
class PropertyUnitsViewTest extends SpringBrowserlessTest {

    static final String HEADER = "小区,楼栋,单元,房号,专有面积(㎡),业主姓名,业主电话,开发商未售";

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aBadRowIsShownWithItsReasonThenTheCorrectedFileIsImportedAndListed() {
        long compound = compound("塔湾小区");
        var importView = openImport(compound);
        assertThat(importView.importButton.isVisible()).isFalse();

        test(importView.upload).upload("房产清册.csv", "text/csv", csv(HEADER,
                "塔湾小区,1栋,1单元,9801,88.8,欧阳业主,13800009801,否",
                "塔湾小区,1栋,1单元,9802,abc,,,是"));

        assertThat(importView.summary.getText()).startsWith("共 2 行，其中 1 行有问题");
        assertThat(test(importView.problems).size()).isEqualTo(1);
        assertThat(test(importView.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(importView.problems).getCellText(0, 1))
                .isEqualTo("专有面积“abc”不正确，应为大于 0、不超过 9999.99 的数字（平方米）");
        assertThat(test(importView.importButton).isUsable()).isFalse();
        assertThat(unitsOf(compound)).isZero();

        test(importView.upload).upload("房产清册.csv", "text/csv", csv(HEADER,
                "塔湾小区,1栋,1单元,9801,88.8,欧阳业主,13800009801,否",
                "塔湾小区,1栋,1单元,9802,66,,,是"));

        assertThat(importView.summary.getText()).isEqualTo("检查通过：2 行、2 套房均可导入");
        assertThat(importView.importButton.getText()).isEqualTo("导入 2 套房");
        test(importView.importButton).click();
        assertThat(importView.steps.done.isVisible()).isTrue();
        assertThat(importView.steps.done.getElement().getTextRecursively())
                .contains("已导入 2 套房：新登记 2 套，更正 0 套，新增业主 1 位");

        test($(Button.class).withTestId("property-import-units-link").single()).click();
        var view = $(PropertyUnitsView.class).single();
        assertThat(view.unitCount.getText()).isEqualTo("专有部分 2 套");
        assertThat(view.totalArea.getText()).isEqualTo("总面积 154.80 ㎡");
        assertThat(view.ownerCount.getText()).isEqualTo("业主 2 人（按人头计）");
        List<UnitEntry> shown = view.units.getListDataView().getItems().toList();
        assertThat(shown).extracting(UnitEntry::address).containsExactly("塔湾小区 1栋 1单元 9801",
                "塔湾小区 1栋 1单元 9802");
        assertThat(test(view.units).getCellText(0, 2)).isEqualTo("88.80 ㎡");
        assertThat(test(view.units).getCellComponent(0, 3).getElement().getTextRecursively())
                .contains("欧阳业主（138****9801）");
        assertThat(test(view.units).getCellComponent(1, 3).getElement().getTextRecursively())
                .contains("开发商未售");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void anAreaOfNoughtIsRefusedAtItsFieldAndNothingIsSaved() {
        long compound = compound("烈山小区");
        var importView = openImport(compound);
        test(importView.upload).upload("房产清册.csv", "text/csv", csv(HEADER, "烈山小区,1栋,2单元,9701,70.25,,,"));
        test(importView.importButton).click();
        var view = openUnits(compound);
        UnitEntry unit = view.units.getListDataView().getItems()
                .filter(u -> u.address().endsWith("2单元 9701")).findFirst().orElseThrow();

        view.openAreaDialog(unit);
        var area = $(TextField.class).withTestId("property-unit-area").single();
        test(area).setValue("0");
        test($(Button.class).withTestId("property-unit-save").single()).click();

        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("请填写专有部分面积：大于 0、不超过 9999.99 平方米的数字");
        assertThat(areaOf(unit)).isEqualTo("70.25");

        test(area).setValue("abc");
        test($(Button.class).withTestId("property-unit-save").single()).click();
        assertThat(area.isInvalid()).isTrue();
        assertThat(areaOf(unit)).isEqualTo("70.25");

        test(area).setValue("71.5");
        test($(Button.class).withTestId("property-unit-save").single()).click();
        assertThat($(TextField.class).withTestId("property-unit-area").exists()).isFalse();
        assertThat(areaOf(unit)).isEqualTo("71.50");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void theCommitteeReadsTheUnitsButMayNotImport() {
        long compound = jdbc.sql("""
                select p.id from compound p join community c on c.id = p.community_id
                where c.name = '带谟阁社区' and p.name = '百货小区'""").query(Long.class).single();
        var view = openUnits(compound);
        assertThat(view.importButton.isVisible()).isFalse();
        assertThatThrownBy(() -> navigate("compounds/" + compound + "/units/import", PropertyImportView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void anotherCommunitysCompoundIsNotFound() {
        long baihuo = jdbc.sql("select id from compound where name = '百货小区'").query(Long.class).single();
        var view = openUnits(baihuo);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.units.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theCompoundsListLeadsToTheUnits() {
        navigate(CompoundsView.class);
        var compounds = $(CompoundsView.class).single();
        int row = compounds.grid.getListDataView().getItems().map(c -> c.name()).toList().indexOf("文峰小区");
        test((Button) test(compounds.grid).getCellComponent(row, 5)).click();
        var view = $(PropertyUnitsView.class).single();
        assertThat(view.toolbar.getElement().getTextRecursively()).contains("文峰小区 · 专有部分与业主");
        assertThat(view.importButton.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void theDemosWenfengCompoundHasAUnitForEveryHouseholdOwnersOfTwoUnitsAndTheDevelopersTwo() {
        long compound = compound("文峰小区");
        long households = jdbc.sql("""
                select count(*) from household h join building b on b.id = h.building_id
                where b.compound_id = ?""").param(compound).query(Long.class).single();

        var view = openUnits(compound);

        List<UnitEntry> units = view.units.getListDataView().getItems().toList();
        assertThat((long) units.size()).isEqualTo(households);
        assertThat(units).filteredOn(UnitEntry::developerHeld).hasSize(2)
                .allSatisfy(unit -> assertThat(unit.owners()).isEmpty());
        assertThat(units).filteredOn(unit -> !unit.developerHeld())
                .allSatisfy(unit -> assertThat(unit.owners()).isNotEmpty());
        assertThat(units).allSatisfy(unit -> assertThat(unit.area().squareMetres())
                .isBetween(new java.math.BigDecimal("60"), new java.math.BigDecimal("140")));
        long owners = units.stream().flatMap(unit -> unit.owners().stream()).map(o -> o.id()).distinct().count();
        long links = units.stream().mapToLong(unit -> unit.owners().size()).sum();
        assertThat(links - owners).as("owners of two units").isEqualTo(4);
        assertThat(view.unitCount.getText()).isEqualTo("专有部分 " + households + " 套");
        assertThat(view.ownerCount.getText()).isEqualTo("业主 " + (owners + 1) + " 人（按人头计）");
    }

    private long compound(String name) {
        return jdbc.sql("""
                select p.id from compound p join community c on c.id = p.community_id
                where c.name = '文峰塔社区' and p.name = ?""").param(name).query(Long.class).single();
    }

    private long unitsOf(long compound) {
        return jdbc.sql("""
                select count(*) from property_unit u join household h on h.id = u.household_id
                join building b on b.id = h.building_id where b.compound_id = ?""").param(compound)
                .query(Long.class).single();
    }

    private String areaOf(UnitEntry unit) {
        return jdbc.sql("select area_m2 from property_unit where id = ?").param(unit.id())
                .query(java.math.BigDecimal.class).single().toPlainString();
    }

    private PropertyImportView openImport(long compound) {
        navigate("compounds/" + compound + "/units/import", PropertyImportView.class);
        return $(PropertyImportView.class).single();
    }

    private PropertyUnitsView openUnits(long compound) {
        navigate("compounds/" + compound + "/units", PropertyUnitsView.class);
        return $(PropertyUnitsView.class).single();
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
