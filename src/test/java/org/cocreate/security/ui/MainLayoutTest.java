package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @WithUserDetails(DemoUsers.GRID_WORKER)
    void aWorkerOfTwoCommunitiesSwitchesBetweenThem() {
        navigate("", com.vaadin.flow.component.Component.class);
        @SuppressWarnings("unchecked")
        Select<CommunityRef> switcher = $(Select.class).all().stream()
                .filter(s -> "working-community".equals(s.getTestId())).findFirst().orElseThrow();
        assertThat(switcher.getListDataView().getItems()).extracting(CommunityRef::name)
                .containsExactly("舜井道社区", "文峰塔社区");
        assertThat(switcher.getValue().name()).isEqualTo("舜井道社区");

        test(switcher).selectItem("文峰塔社区");

        // The working community is session-scoped: looked up while the simulated session is active.
        assertThat(context.getBean(WorkingCommunity.class).get()).map(CommunityRef::name).hasValue("文峰塔社区");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("社区概况", "居民")
                .doesNotContain("导入居民", "组织", "用户管理");
    }
}
