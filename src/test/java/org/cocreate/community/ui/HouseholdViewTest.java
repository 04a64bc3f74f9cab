package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.ResidentListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class HouseholdViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void showsTheAddressAndEveryoneLivingInTheHousehold() {
        long household = jdbc.sql("select household_id from resident where name = '陈斌'").query(Long.class).single();
        List<String> living = jdbc.sql("select name from resident where household_id = ?").param(household)
                .query(String.class).list();

        var view = open(String.valueOf(household));

        assertThat(view.address.getText()).isEqualTo("百货小区 1栋 1单元 301");
        assertThat(view.memberCount.getText()).isEqualTo("共 " + living.size() + " 位居民");
        List<ResidentListEntry> members = members(view);
        assertThat(members).extracting(ResidentListEntry::name).containsExactlyInAnyOrderElementsOf(living)
                .contains("陈斌");
        int chenBin = members.stream().map(ResidentListEntry::name).toList().indexOf("陈斌");
        assertThat(test(view.members).getCellText(chenBin, 3)).isEqualTo("13872345678");
        assertThat(view.notFound.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterSeesTheHouseholdWithMaskedPhones() {
        long household = jdbc.sql("""
                select min(r.household_id) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and r.phone is not null""").query(Long.class).single();

        var view = open(String.valueOf(household));

        assertThat(members(view)).isNotEmpty().filteredOn(r -> !r.phone().isEmpty()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.phone()).matches("\\d{3}\\*{4}\\d{4}"));
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void anAddressThatIsNoHouseholdSaysSoAndShowsNobody() {
        for (String id : List.of("abc", "999999999")) {
            var view = open(id);
            assertThat(view.notFound.isVisible()).as(id).isTrue();
            assertThat(view.notFound.getText()).isEqualTo("找不到该记录，或您无权查看。");
            assertThat(view.members.isVisible()).isFalse();
            assertThat(view.address.isVisible()).isFalse();
        }
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenSeesAHouseholdOfWenfengtaLikeOneThatDoesNotExist() {
        long wenfengHousehold = jdbc.sql("""
                select min(r.household_id) from resident r join community m on m.id = r.community_id
                where m.name = '文峰塔社区'""").query(Long.class).single();

        var view = open(String.valueOf(wenfengHousehold));

        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.address.getText()).isEmpty();
        assertThat(members(view)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberMayNotOpenAHousehold() {
        long household = jdbc.sql("select household_id from resident where name = '陈斌'").query(Long.class).single();
        assertThatThrownBy(() -> navigate("households/" + household, HouseholdView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat($(HouseholdView.class).exists()).isFalse();
    }

    private HouseholdView open(String id) {
        navigate("households/" + id, HouseholdView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(HouseholdView.class).single();
    }

    private static List<ResidentListEntry> members(HouseholdView view) {
        return view.members.getListDataView().getItems().toList();
    }
}
