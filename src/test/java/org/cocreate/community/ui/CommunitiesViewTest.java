package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.CommunityEntry;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class CommunitiesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentUser currentUser;

    private CommunitiesView open() {
        navigate(CommunitiesView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(CommunitiesView.class).single();
    }

    private List<CommunityEntry> rows(CommunitiesView view) {
        var grid = test(view.grid);
        List<CommunityEntry> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void theSubdistrictAdminSeesEveryCommunityWithItsCountsAndAddsOne() {
        CommunitiesView view = open();
        List<CommunityEntry> rows = rows(view);
        assertThat(rows).extracting(CommunityEntry::name)
                .startsWith("带谟阁社区", "龙门街社区", "舜井道社区", "文峰塔社区");
        CommunityEntry daimoge = rows.getFirst();
        assertThat(daimoge.compounds()).isEqualTo(count("select count(*) from compound where community_id = ?",
                daimoge.id()));
        assertThat(daimoge.residents()).isEqualTo(count("select count(*) from resident where community_id = ?",
                daimoge.id())).isPositive();
        assertThat(view.name.isAttached()).isTrue();

        String name = "新建测试社区" + System.nanoTime() % 100_000;
        test(view.name).setValue(name);
        test(view.create).click();

        assertThat(rows(view)).extracting(CommunityEntry::name).endsWith(name);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已创建社区\"" + name + "\"");
        assertThat(view.name.getValue()).isEmpty();
        assertThat(currentUser.communities()).extracting(CommunityRef::name)
                .as("the sub-district admin works in the new community at once").contains(name);
        assertThat(count("select count(*) from audit_event where action = 'COMMUNITY_CREATED' and after_state = ?",
                name)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void aTakenOrEmptyNameIsRefusedNextToTheField() {
        CommunitiesView view = open();
        long before = count("select count(*) from community");

        test(view.name).setValue("文峰塔社区");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("已有名为\"文峰塔社区\"的社区");

        test(view.name).setValue("   ");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("请填写社区名称（最多 100 个字）");
        assertThat(count("select count(*) from community")).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminOfOneCommunitySeesOnlyItAndCannotAddCommunities() {
        CommunitiesView view = open();
        assertThat(rows(view)).extracting(CommunityEntry::name).containsExactly("文峰塔社区");
        assertThat(view.name.isAttached()).isFalse();
        assertThat(view.create.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerCannotOpenTheCommunities() {
        assertThatThrownBy(() -> navigate(CommunitiesView.class)).isInstanceOf(IllegalArgumentException.class);
        // The app's own not-allowed page (security/ui ErrorPagesTest), not Vaadin's English default.
        assertThat(getCurrentView()).isInstanceOf(org.cocreate.security.ui.ErrorPage.class);
        assertThat(((com.vaadin.flow.router.HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("无权打开这个页面");
    }
}
