package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.MemberEntry;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationType;
import org.cocreate.community.ResidentListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void showsTheOrganisationsByTypeAndTheMembersWithTheirPositions() {
        var view = open();

        assertThat(rows(view)).extracting(OrganisationEntry::name)
                .contains("百货小区业主委员会", "百货小区功能型党支部", "百货小区物业服务中心", "百货小区楼栋长队伍");
        int committee = indexOf(view, "百货小区业主委员会");
        var grid = test(view.grid);
        assertThat(grid.getCellText(committee, 0)).isEqualTo("业委会");
        assertThat(grid.getCellText(committee, 2)).isEqualTo("百货小区");
        assertThat(grid.getCellText(committee, 3)).isEqualTo("1");

        grid.select(committee);

        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailTitle.getText()).isEqualTo("百货小区业主委员会");
        assertThat(members(view)).extracting(MemberEntry::residentName, MemberEntry::position)
                .containsExactly(tuple("陈斌", "业委会主任"));
        assertThat(test(view.members).getCellText(0, 2)).isEqualTo("百货小区 1栋 1单元 301");

        test(view.typeFilter).selectItem("党支部");
        assertThat(rows(view)).isNotEmpty().allSatisfy(o -> assertThat(o.type()).isEqualTo(OrganisationType.PARTY_BRANCH))
                .extracting(OrganisationEntry::name).contains("百货小区功能型党支部");
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorReadsTheMembersButGetsNoControlsToChangeThem() {
        var view = open();

        assertThat(rows(view)).extracting(OrganisationEntry::name).contains("文峰塔社区党委", "文峰塔爱心志愿服务队");
        assertThat(view.addOrganisation.isVisible()).isFalse();
        test(view.grid).select(indexOf(view, "文峰塔爱心志愿服务队"));

        assertThat(members(view)).isNotEmpty().extracting(MemberEntry::position).contains("队长");
        assertThat(view.editOrganisation.isVisible()).isFalse();
        assertThat(test(view.addMember).isUsable()).isFalse();
        // No column of change and remove buttons.
        assertThat(view.members.getColumns()).hasSize(3);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterMayNotOpenTheOrganisations() {
        assertThatThrownBy(() -> navigate(OrganisationsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(OrganisationsView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerCreatesAnOrganisationAddsAMemberChangesHisPositionAndRemovesHim() {
        var view = open();
        String name = "测试志愿队" + (System.nanoTime() % 100000);

        test(view.addOrganisation).click();
        var form = $(OrganisationForm.class).single();
        test(form.type).selectItem("志愿服务队");
        test(form.name).setValue(name);
        test(form.compound).selectItem("塔湾小区");
        test($(Button.class).withTestId("organisation-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        OrganisationEntry created = rows(view).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.type()).isEqualTo(OrganisationType.VOLUNTEER_TEAM);
        assertThat(created.compoundName()).isEqualTo("塔湾小区");
        assertThat(test(view.grid).getSelected()).containsExactly(created);
        assertThat(members(view)).isEmpty();

        String someone = jdbc.sql("""
                select min(r.name) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区'""").query(String.class).single();
        test(view.newMember).setFilter(someone);
        ResidentListEntry resident = test(view.newMember).getSuggestionItems().stream()
                .filter(r -> r.name().equals(someone)).findFirst().orElseThrow();
        view.newMember.setValue(resident);
        test(view.newPosition).setValue("队长");
        test(view.addMember).click();

        assertThat(members(view)).extracting(MemberEntry::residentId, MemberEntry::position)
                .containsExactly(tuple(resident.id(), "队长"));
        assertThat(rows(view).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().members())
                .isEqualTo(1);

        test(action(view, 0, "member-change-position")).click();
        test($(TextField.class).withTestId("member-position-edit").single()).setValue("副队长");
        test($(Button.class).withTestId("member-position-save").single()).click();
        assertThat(members(view)).extracting(MemberEntry::position).containsExactly("副队长");

        test(action(view, 0, "member-remove")).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("移出成员");
        test(confirm).confirm();

        assertThat(members(view)).isEmpty();
        assertThat(jdbc.sql("select count(*) from resident where id = ?").param(resident.id()).query(Long.class)
                .single()).as("the resident stays registered").isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void badInputIsShownNextToTheFieldAndChangesNothing() {
        var view = open();
        long organisations = count("select count(*) from organisation");

        test(view.addOrganisation).click();
        var form = $(OrganisationForm.class).single();
        var save = $(Button.class).withTestId("organisation-save").single();
        test(form.name).setValue("某个组织");
        test(save).click();
        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.type.getErrorMessage()).isEqualTo("此项为必填项");

        test(form.type).selectItem("党支部");
        test(form.name).setValue("   ");
        test(save).click();
        assertThat(form.type.isInvalid()).isFalse();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("请填写组织名称（最多 100 个字）");

        test(form.name).setValue("文峰塔社区党委");
        test(save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("已有名为\"文峰塔社区党委\"的组织");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(count("select count(*) from organisation")).isEqualTo(organisations);
        test($(Button.class).withTestId("organisation-cancel").single()).click();

        test(view.grid).select(indexOf(view, "文峰塔爱心志愿服务队"));
        List<MemberEntry> before = members(view);
        test(view.addMember).click();
        assertThat(view.newMember.isInvalid()).isTrue();
        assertThat(view.newMember.getErrorMessage()).isEqualTo("请先查找并选择一位居民");

        MemberEntry already = before.getFirst();
        test(view.newMember).setFilter(already.residentName());
        view.newMember.setValue(test(view.newMember).getSuggestionItems().stream()
                .filter(r -> r.id() == already.residentId()).findFirst().orElseThrow());
        test(view.newPosition).setValue("队员");
        test(view.addMember).click();
        assertThat(view.newMember.isInvalid()).isTrue();
        assertThat(view.newMember.getErrorMessage()).isEqualTo(already.residentName() + " 已是该组织成员");

        long outsider = jdbc.sql("""
                select min(r.id) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and r.id not in (
                    select om.resident_id from organisation_member om join organisation o on o.id = om.organisation_id
                    where o.name = '文峰塔爱心志愿服务队')""").query(Long.class).single();
        String outsiderName = jdbc.sql("select name from resident where id = ?").param(outsider)
                .query(String.class).single();
        test(view.newMember).setFilter(outsiderName);
        view.newMember.setValue(test(view.newMember).getSuggestionItems().stream()
                .filter(r -> r.id() == outsider).findFirst().orElseThrow());
        test(view.newPosition).setValue("长".repeat(51));
        test(view.addMember).click();
        assertThat(view.newMember.isInvalid()).isFalse();
        assertThat(view.newPosition.isInvalid()).isTrue();
        assertThat(view.newPosition.getErrorMessage()).isEqualTo("最多 50 个字符");

        assertThat(members(view)).isEqualTo(before);
        assertThat(rows(view).get(indexOf(view, "文峰塔爱心志愿服务队")).members()).isEqualTo(before.size());
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenNeverSeesAnOrganisationOrAResidentOfWenfengta() {
        var view = open();

        List<String> wenfeng = jdbc.sql("""
                select o.name from organisation o join community m on m.id = o.community_id
                where m.name = '文峰塔社区'""").query(String.class).list();
        assertThat(wenfeng).contains("文峰塔社区党委");
        assertThat(rows(view)).extracting(OrganisationEntry::name)
                .contains("龙门街新时代文明实践志愿服务队", "东城卫生服务中心").doesNotContainAnyElementsOf(wenfeng);

        test(view.grid).select(indexOf(view, "东城卫生服务中心"));
        String onlyInWenfeng = jdbc.sql("""
                select min(r.name) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and r.name not in (
                    select r2.name from resident r2 join community m2 on m2.id = r2.community_id
                    where m2.name = '龙门街社区')""").query(String.class).single();
        test(view.newMember).setFilter(onlyInWenfeng);
        assertThat(test(view.newMember).getSuggestionItems()).isEmpty();
    }

    private OrganisationsView open() {
        navigate(OrganisationsView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(OrganisationsView.class).single();
    }

    /** A button of a member's row: the grid renders them on demand, outside the component tree. */
    private Button action(OrganisationsView view, int row, String testId) {
        var actions = test(view.members).getCellComponent(row, 3);
        return (Button) actions.getChildren().filter(c -> testId.equals(c.getElement().getAttribute("data-testid")))
                .findFirst().orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<OrganisationEntry> rows(OrganisationsView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private static int indexOf(OrganisationsView view, String name) {
        return rows(view).stream().map(OrganisationEntry::name).toList().indexOf(name);
    }

    private static List<MemberEntry> members(OrganisationsView view) {
        return view.members.getListDataView().getItems().toList();
    }
}
