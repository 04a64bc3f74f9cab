package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.text.NumberFormat;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class LedgerCheckViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    private LedgerCheckView open() {
        navigate(LedgerCheckView.class);
        return $(LedgerCheckView.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " t join community m on m.id = t.community_id "
                + "where m.name = '文峰塔社区'").query(Long.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void theDemoLedgerIsConsistentAndTheCheckSaysHowMuchItWentThrough() {
        var view = open();
        assertThat(view.consistent.isVisible()).isFalse();
        assertThat(view.summary.isVisible()).isFalse();

        test(view.start).click();

        NumberFormat number = NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE);
        assertThat(view.summary.getText()).matches("用时 [\\d,]+ 毫秒，核对了 "
                + number.format(count("point_account")) + " 个账户、" + number.format(count("ledger_entry"))
                + " 条记录。");
        assertThat(view.consistent.isVisible()).isTrue();
        assertThat(view.consistent.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .containsExactly("账目一致");
        assertThat(view.differences.isVisible()).isFalse();
        assertThat(view.start.isEnabled()).as("the check can be run again").isTrue();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("账本核对");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerCannotOpenTheLedgerCheck() {
        assertThatThrownBy(() -> navigate(LedgerCheckView.class)).isInstanceOf(IllegalArgumentException.class);
        // The app's own not-allowed page (security/ui ErrorPagesTest), not Vaadin's English default.
        assertThat(getCurrentView()).isInstanceOf(org.cocreate.security.ui.ErrorPage.class);
        assertThat(((com.vaadin.flow.router.HasDynamicTitle) getCurrentView()).getPageTitle()).isEqualTo("无权打开这个页面");
    }

    @Test
    @WithUserDetails(DemoUsers.SUPERVISOR)
    void aSupervisorCannotOpenTheLedgerCheckNorSeeItInTheMenu() {
        assertThatThrownBy(() -> navigate(LedgerCheckView.class)).isInstanceOf(IllegalArgumentException.class);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("账本核对");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void speaksEnglishToAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        test(view.start).click();

        assertThat(view.start.getText()).isEqualTo("Start the check");
        assertThat(view.summary.getText()).startsWith("Took ").contains(" accounts and ").endsWith(" entries.");
        assertThat(view.consistent.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .containsExactly("The ledger is consistent");
    }
}
