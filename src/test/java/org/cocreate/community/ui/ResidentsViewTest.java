package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentTag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ResidentsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void theOneSearchFieldFindsChenBinByNameInitialsPinyinPhoneTailAndCard() {
        var view = open();
        String card = jdbc.sql("select card_code from resident where name = '陈斌'").query(String.class).single();

        for (String query : List.of("陈斌", "cb", "chenbin", "5678", card)) {
            test(view.search).setValue(query);
            assertThat(rows(view.grid)).as(query).extracting(ResidentListEntry::name).contains("陈斌");
        }

        test(view.search).setValue("chenbin");
        int row = rows(view.grid).stream().map(ResidentListEntry::name).toList().indexOf("陈斌");
        var grid = test(view.grid);
        assertThat(grid.getCellText(row, 0)).isEqualTo("陈斌");
        assertThat(grid.getCellText(row, 1)).isEqualTo("男");
        assertThat(grid.getCellText(row, 2)).isEqualTo("1961");
        assertThat(grid.getCellText(row, 3)).isEqualTo("百货小区 1栋 1单元 301");
        // A worker may call residents: the full number.
        assertThat(grid.getCellText(row, 4)).isEqualTo("13872345678");
        assertThat(grid.getCellComponent(row, 5).getElement().getTextRecursively())
                .contains("党员", "老年人", "楼栋长", "议事代表");
        assertThat(view.total.getText()).isEqualTo("共 " + grid.size() + " 人");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void theCompoundFilterShowsOnlyThatCompoundsResidents() {
        var view = open();
        long all = count("select count(*) from resident r join community m on m.id = r.community_id"
                + " where m.name = '带谟阁社区'");
        assertThat(test(view.grid).size()).isEqualTo((int) all);

        test(view.compoundFilter).selectItem("食品小区");

        long inShipin = count("""
                select count(*) from resident r join household h on h.id = r.household_id
                join building b on b.id = h.building_id join compound c on c.id = b.compound_id
                where c.name = '食品小区'""");
        assertThat(inShipin).isPositive().isLessThan(all);
        List<ResidentListEntry> rows = rows(view.grid);
        assertThat(rows).hasSize((int) inShipin).allSatisfy(r -> assertThat(r.address()).startsWith("食品小区 "));
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterFindsResidentsWithMaskedPhonesAndCannotEditThem() {
        var view = open();

        assertThat(view.addResident.isVisible()).isFalse();
        List<ResidentListEntry> rows = rows(view.grid);
        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(r -> !r.phone().isEmpty()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.phone()).matches("\\d{3}\\*{4}\\d{4}"));

        test(view.grid).clickRow(0);

        assertThat($(ResidentForm.class).exists()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(HouseholdView.class);
        assertThat($(HouseholdView.class).single().members.getListDataView().getItems())
                .extracting(ResidentListEntry::id).contains(rows.getFirst().id());
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerRegistersAResidentAtANewAddressAndOpensHerAgain() {
        var view = open();
        String name = "测试居民" + (System.nanoTime() % 100000);
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        long before = count("select count(*) from resident");

        test(view.addResident).click();
        var form = $(ResidentForm.class).single();
        test(form.name).setValue(name);
        test(form.gender).selectItem("女");
        test(form.birthYear).setValue(1950);
        test(form.phone).setValue(phone);
        test(form.compound).selectItem("建设小区");
        test(form.building).selectItem("2栋");
        test(form.unit).setValue("3单元");
        test(form.room).setValue("502");
        test(form.tags).selectItems("老年人", "低收入");
        test(form.notes).setValue("独居，需每周探访");
        test($(Button.class).withTestId("resident-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(count("select count(*) from resident")).isEqualTo(before + 1);
        test(view.search).setValue(name);
        List<ResidentListEntry> found = rows(view.grid);
        assertThat(found).hasSize(1);
        ResidentListEntry created = found.getFirst();
        assertThat(created.address()).isEqualTo("建设小区 2栋 3单元 502");
        assertThat(created.phone()).isEqualTo(phone);
        assertThat(created.tags()).containsExactlyInAnyOrder(ResidentTag.ELDERLY, ResidentTag.LOW_INCOME);

        test(view.grid).clickRow(0);
        var edit = $(ResidentForm.class).single();
        assertThat(edit.name.getValue()).isEqualTo(name);
        assertThat(edit.birthYear.getValue()).isEqualTo(1950);
        assertThat(edit.building.getValue().name()).isEqualTo("2栋");
        assertThat(edit.room.getValue()).isEqualTo("502");
        assertThat(edit.notes.getValue()).isEqualTo("独居，需每周探访");
        assertThat($(Button.class).withTestId("resident-print-card").exists()).isTrue();

        test($(Button.class).withTestId("resident-show-household").single()).click();

        var household = $(HouseholdView.class).single();
        assertThat(household.address.getText()).isEqualTo("建设小区 2栋 3单元 502");
        assertThat(household.members.getListDataView().getItems()).extracting(ResidentListEntry::name)
                .containsExactly(name);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void badInputIsShownNextToTheFieldAndRegistersNobody() {
        var view = open();
        long residents = count("select count(*) from resident");
        long households = count("select count(*) from household");

        test(view.addResident).click();
        var form = $(ResidentForm.class).single();
        var save = $(Button.class).withTestId("resident-save").single();
        test(form.phone).setValue("12345");
        test(save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("请填写居民姓名（最多 50 个字）");
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("手机号格式不正确，应为 11 位手机号或座机号码");
        assertThat(form.building.isInvalid()).isTrue();
        assertThat(form.building.getErrorMessage()).isEqualTo("请选择住户（小区、楼栋、单元、房号）");

        // The service's own refusal: 陈斌 with his phone is registered already.
        test(form.name).setValue("陈斌");
        test(form.phone).setValue("13872345678");
        test(form.compound).selectItem("百货小区");
        test(form.building).selectItem("1栋");
        test(form.unit).setValue("1单元");
        test(form.room).setValue("301");
        test(save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("居民\"陈斌\"已登记（同名且手机号或住户相同）");
        assertThat(form.phone.isInvalid()).isFalse();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(count("select count(*) from resident")).isEqualTo(residents);
        assertThat(count("select count(*) from household")).isEqualTo(households);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void anImpossibleYearOfBirthIsShownNextToTheFieldAndCreatesNeitherResidentNorHousehold() {
        var view = open();
        long residents = count("select count(*) from resident");
        long households = count("select count(*) from household");

        test(view.addResident).click();
        var form = $(ResidentForm.class).single();
        test(form.name).setValue("年份不对的人");
        // Typed as a user can in the browser; the tester itself refuses a value beyond the field's min and max.
        form.birthYear.setValue(1800);
        test(form.compound).selectItem("建设小区");
        test(form.building).selectItem("2栋");
        test(form.unit).setValue("9单元");
        test(form.room).setValue("909");
        test($(Button.class).withTestId("resident-save").single()).click();

        assertThat(form.birthYear.isInvalid()).isTrue();
        assertThat(form.birthYear.getErrorMessage()).isEqualTo("出生年份应在 1900 至 2100 之间");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(count("select count(*) from resident")).isEqualTo(residents);
        assertThat(count("select count(*) from household")).isEqualTo(households);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberMayNotOpenTheResidents() {
        assertThatThrownBy(() -> navigate(ResidentsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentsView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorMayNotOpenTheResidents() {
        assertThatThrownBy(() -> navigate(ResidentsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentsView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenNeverSeesAResidentOfWenfengta() {
        var view = open();

        List<String> longmenCompounds = jdbc.sql("""
                select c.name from compound c join community m on m.id = c.community_id
                where m.name = '龙门街社区'""").query(String.class).list();
        assertThat(view.compoundFilter.getListDataView().getItems().map(c -> c.name()).toList())
                .containsExactlyInAnyOrderElementsOf(longmenCompounds);
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(r -> assertThat(longmenCompounds)
                .contains(r.household().compoundName()));

        String onlyInWenfeng = jdbc.sql("""
                select min(r.name) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and r.name not in (
                    select r2.name from resident r2 join community m2 on m2.id = r2.community_id
                    where m2.name = '龙门街社区')""").query(String.class).single();
        test(view.search).setValue(onlyInWenfeng);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("共 0 人");
    }

    private ResidentsView open() {
        navigate(ResidentsView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(ResidentsView.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        var query = new Query<T, Object>(0, Integer.MAX_VALUE, null, null, null);
        @SuppressWarnings("unchecked")
        var provider = (DataProvider<T, Object>) grid.getDataProvider();
        return new ArrayList<>(provider.fetch(query).toList());
    }
}
