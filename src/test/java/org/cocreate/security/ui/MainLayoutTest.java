package org.cocreate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
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
                .contains("工作台", "居民")
                .doesNotContain("导入居民", "组织", "用户管理");
    }

    /** The menu as the user sees it: each group's label and the labels of its entries, in order. */
    private Map<String, List<String>> menu() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        $(SideNavItem.class).all().stream().filter(item -> item.hasClassName("nav-area"))
                .forEach(group -> groups.put(group.getLabel(),
                        group.getItems().stream().map(SideNavItem::getLabel).toList()));
        return groups;
    }

    private SideNavItem group(String label) {
        return $(SideNavItem.class).all().stream()
                .filter(item -> item.hasClassName("nav-area") && item.getLabel().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerSeesTheRegisterPointsAndExchangeGroupsButNotTheSystem() {
        navigate("", Component.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).containsExactly("社区登记", "积分", "兑换", "提议与议事", "志愿服务");
        assertThat(menu.get("提议与议事")).containsExactly("居民提议", "议事会议", "业主大会");
        assertThat(menu.get("志愿服务")).containsExactly("今日志愿活动", "志愿活动", "上门走访", "志愿服务队");
        assertThat(menu.get("社区登记")).containsExactly("居民", "小区楼栋", "全覆盖清单", "组织");
        assertThat(menu.get("积分")).contains("评分标准", "发放积分", "批量发放", "积分审批", "积分公示与异议")
                .doesNotContain("账本核对", "积分设置");
        assertThat(menu.get("兑换")).containsExactly("兑换目录", "库存管理", "兑换柜台", "兑换日");
        // The home stays above the groups, one tap from anywhere.
        assertThat($(SideNavItem.class).withText("工作台").single().getParent())
                .hasValueSatisfying(parent -> assertThat(parent).isNotInstanceOf(SideNavItem.class));
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .doesNotContain("用户管理", "操作日志", "社区管理", "导入居民");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void inPortraitABottomBarKeepsTheWorkbenchAndTheMainTasksOneTapAway() {
        navigate("residents", Component.class);
        MainLayout layout = $(MainLayout.class).single();
        Div bar = $(Div.class).all().stream().filter(d -> "bottom-bar".equals(d.getTestId())).findFirst()
                .orElseThrow();
        assertThat(bar.getChildren()).as("the drawer is in view: no bar").isEmpty();

        layout.getElement().setProperty("overlay", true);
        assertThat(bar.getChildren().map(c -> c.getElement().getAttribute("data-testid")))
                .containsExactly("bottom-bar-home", "bottom-bar-grant", "bottom-bar-findResident",
                        "bottom-bar-newProposal");
        assertThat(bar.getElement().getTextRecursively()).contains("工作台", "发放积分", "查找居民");
        test((com.vaadin.flow.router.RouterLink) bar.getChildren().skip(1).findFirst().orElseThrow()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("GrantView");

        layout.getElement().setProperty("overlay", false);
        assertThat(bar.getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterSeesTheExchangeAndWhatItLooksUpButNothingToManage() {
        navigate("", Component.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).containsExactly("社区登记", "积分", "兑换");
        assertThat(menu.get("社区登记")).containsExactly("居民", "小区楼栋", "全覆盖清单");
        assertThat(menu.get("积分")).containsExactly("评分标准", "积分排行榜");
        assertThat(menu.get("兑换")).containsExactly("兑换目录", "库存管理", "兑换柜台", "兑换日");
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void anAreaWithNothingTheRoleMayOpenIsNotShown() {
        navigate("", Component.class);
        // The committee opens no screen of the exchange and none of the system: no empty group for them.
        assertThat(menu().keySet()).containsExactly("社区登记", "积分", "提议与议事", "志愿服务");
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void theAdminSeesEveryGroupAndTheSystemLast() {
        navigate("", Component.class);
        Map<String, List<String>> menu = menu();
        assertThat(menu.keySet()).containsExactly("社区登记", "积分", "兑换", "提议与议事", "志愿服务", "系统");
        assertThat(menu.get("社区登记")).containsExactly("居民", "导入居民", "小区楼栋", "全覆盖清单", "组织", "社区管理");
        assertThat(menu.get("系统")).containsExactly("用户管理", "操作日志");
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void inEnglishTheGroupsAreEnglish() {
        // The frame is made once per page: in the language the page opens in (the user's, set at its start).
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("login", Component.class);
        navigate("", Component.class);
        assertThat(menu().keySet()).containsExactly("Register", "Points", "Exchange", "Consultation", "Volunteering",
                "System");
        assertThat(menu().get("System")).containsExactly("Users", "Audit trail");
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void theGroupOfTheScreenShownIsOpen() {
        navigate("", Component.class);
        assertThat(menu().keySet()).allSatisfy(label -> assertThat(group(label).isExpanded()).isFalse());

        navigate("exchange/catalogue", Component.class);
        assertThat(group("兑换").isExpanded()).isTrue();
        assertThat(group("积分").isExpanded()).isFalse();

        // The next screen's group opens too; the one already open stays open.
        navigate("points/leaderboard", Component.class);
        assertThat(group("积分").isExpanded()).isTrue();
        assertThat(group("兑换").isExpanded()).isTrue();
        assertThat(group("社区登记").isExpanded()).isFalse();
    }

    @Test
    void everyFeatureWithMenuEntriesNamesItsGroupInBothLanguages() throws IOException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Set<String> areas = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.cocreate")) {
            try {
                areas.add(MainLayout.areaOf(Class.forName(candidate.getBeanClassName())));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(areas).contains("community", "points", "exchange", "security");
        List<String> missing = new ArrayList<>();
        for (String file : List.of("translations_zh_CN.properties", "translations_en.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            areas.stream().map(area -> MainLayout.AREA_KEY + area).filter(key -> !texts.containsKey(key))
                    .forEach(key -> missing.add(file + ": " + key));
        }
        assertThat(missing).as("a new feature's menu group needs its label (MainLayout)").isEmpty();
    }
}
