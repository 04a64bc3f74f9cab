package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.HouseholdEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.points.GrantService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.PointsService;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails(DemoUsers.WENFENG_WORKER)
class BulkGrantViewTest extends SpringBrowserlessTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    ResidentService residents;
    @Autowired
    RegisterService register;
    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsSettingsService settings;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    long community;

    @BeforeEach
    void defaultSettings() {
        community = communityData.community("文峰塔社区");
        new RunAs(userDetails).run(DemoUsers.WENFENG_ADMIN,
                () -> settings.update(community, new CommunityPointsSettings(20, 3, null)));
    }

    /** A new household of three new residents in the community's first building. */
    private record Household(HouseholdEntry entry, List<Long> members, List<String> names) {
    }

    private Household newHousehold() {
        long compound = register.compounds(community).getFirst().id();
        long building = register.buildings(compound).getFirst().id();
        int n = SEQUENCE.incrementAndGet();
        HouseholdEntry household = register.household(building, "9单元", "9" + n + "0" + (System.nanoTime() % 1000));
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var draft = ResidentDraft.of("批量测试" + n + "号" + (char) ('甲' + i), household.id());
            ids.add(residents.register(community, draft));
            names.add(draft.name());
        }
        return new Household(household, ids, names);
    }

    @Test
    void everyoneTickedInAHouseholdGetsTheGrantAndTheUntickedDoesNot() {
        Household household = newHousehold();
        var view = open();

        pickHousehold(view, household.entry());
        assertThat(view.chosen()).extracting(BulkGrantView.Recipient::name)
                .containsExactlyInAnyOrderElementsOf(household.names());
        assertThat(view.count.getText()).isEqualTo("已选 3 人（名单共 3 人）");
        int left = view.chosen().indexOf(view.chosen().stream()
                .filter(r -> r.id() == household.members().get(2)).findFirst().orElseThrow());
        test((Checkbox) test(view.checklist).getCellComponent(left, 0)).click();
        assertThat(view.count.getText()).isEqualTo("已选 2 人（名单共 3 人）");
        test(view.rulePicker.chips.get(ruleId("参加卫生大扫除"))).click();
        assertThat(view.details.total.getText()).isEqualTo("每人 +5 分，2 人共 +10 分");
        assertThat(view.grantButton.getText()).isEqualTo("发放给 2 人");

        test(view.grantButton).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("确认批量发放");
        test(confirm).confirm();

        assertThat(lastNotification()).isEqualTo("已为 2 人发放“参加卫生大扫除”每人 +5 分：入账 0 人，公示中 2 人，待审批 0 人");
        assertThat(jdbc.sql("select count(*) from point_grant where resident_id in (?, ?) and amount = 5"
                + " and status = 'NOTICE'").params(household.members().get(0), household.members().get(1))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(grantsOf(household.members().get(2))).as("unticked").isZero();
        assertThat(view.chosen()).as("ready for the next group").isEmpty();
        assertThat(view.rulePicker.value()).isPresent();
    }

    @Test
    void aRefusalForOneResidentNamesThemAndNobodyGetsAnything() {
        Household household = newHousehold();
        long cleanUp = ruleId("参加卫生大扫除");
        // The third member has had today's clean-up: the cap of one a day refuses another.
        grantService.grant(new GrantCommand(household.members().get(2), cleanUp, 1, LocalDate.now(clock), null, null));
        var view = open();
        pickHousehold(view, household.entry());
        test(view.rulePicker.chips.get(cleanUp)).click();

        test(view.grantButton).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(lastNotification()).isEqualTo("未发放：居民“" + household.names().get(2)
                + "”不能发放，所有人都未发放： “参加卫生大扫除”每人每天最多 1 次（小时），今天已记 1");
        assertThat(grantsOf(household.members().get(0)) + grantsOf(household.members().get(1))).isZero();
        assertThat(grantsOf(household.members().get(2))).isEqualTo(1);
        assertThat(view.chosen()).as("the list stays for another try").hasSize(3);
    }

    @Test
    void residentsCanBeAddedOneByOneBySearch() {
        Household household = newHousehold();
        var view = open();
        view.source.setValue(BulkGrantView.Source.SEARCH);
        assertThat(view.residentSearch.isVisible()).isTrue();

        test(view.residentSearch.field()).setValue(household.names().get(1));
        test(view.residentSearch.results().getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst().orElseThrow()).click();

        assertThat(view.chosen()).extracting(BulkGrantView.Recipient::id).containsExactly(household.members().get(1));
        assertThat(view.grantButton.getText()).isEqualTo("发放给 1 人");
    }

    @Test
    void speaksEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        assertThat(view.getPageTitle()).isEqualTo("Bulk grant");
        assertThat(view.source.getLabel()).isEqualTo("Choose from");
        assertThat(view.addGroup.getText()).isEqualTo("Add everyone in the building");
        assertThat(view.count.getText()).isEqualTo("0 selected (0 on the list)");
        assertThat(view.grantButton.getText()).isEqualTo("Grant to 0");
        assertThat(view.grantButton.isEnabled()).isFalse();
    }

    private BulkGrantView open() {
        navigate(BulkGrantView.class);
        return $(BulkGrantView.class).single();
    }

    private void pickHousehold(BulkGrantView view, HouseholdEntry household) {
        view.source.setValue(BulkGrantView.Source.HOUSEHOLD);
        choose(view.compound, c -> c.id() == household.compoundId());
        choose(view.building, b -> b.id() == household.buildingId());
        choose(view.household, h -> h.id() == household.id());
        test(view.addGroup).click();
    }

    private static <T> void choose(Select<T> select, Predicate<T> which) {
        select.setValue(select.getListDataView().getItems().filter(which).findFirst().orElseThrow());
    }

    private long ruleId(String name) {
        return jdbc.sql("""
                select r.id from scoring_rule r join scoring_standard s on s.id = r.standard_id
                where s.community_id = ? and r.name = ? and s.status = 'ADOPTED'
                  and s.effective_from <= current_date order by s.effective_from desc limit 1""")
                .params(community, name).query(Long.class).single();
    }

    private long grantsOf(long resident) {
        return jdbc.sql("select count(*) from point_grant where resident_id = ?").param(resident)
                .query(Long.class).single();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
