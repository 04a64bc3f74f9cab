package org.cocreate.points.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocreate.points.ui.GrantReviewFixtures.VOLUNTEERING;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantReviewService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public notice board, as the public points page shows it to anybody, signed in or not. */
@ViewTest
class PublicNoticeSectionTest extends SpringBrowserlessTest {

    @Autowired
    GrantReviewFixtures fixtures;
    @Autowired
    GrantReviewService review;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoSettings() {
        fixtures.settings(GrantReviewFixtures.DEMO_SETTINGS);
    }

    private PublicNoticeSection show(long communityId) {
        var section = new PublicNoticeSection(review, communityId);
        UI.getCurrent().add(section);
        return section;
    }

    @Test
    void showsMaskedNamesOnlyAndMarksObjectedGrants() {
        long calm = fixtures.newResident();
        long disputed = fixtures.newResident();
        GrantOutcome plain = fixtures.grant(DemoUsers.WENFENG_WORKER, calm, VOLUNTEERING, 3, "私人备注不公开");
        GrantOutcome objected = fixtures.grant(DemoUsers.WENFENG_WORKER, disputed, VOLUNTEERING, 1, null);
        fixtures.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(objected.grantId(), "他那天不在", null));

        var section = show(fixtures.wenfeng());

        String text = section.getElement().getTextRecursively();
        String calmName = fixtures.name(calm);
        assertThat(text).contains(calmName.charAt(0) + "*".repeat(calmName.length() - 1), "+6",
                "志愿服务（志愿服务）", "公示至 ", "有异议，核实中");
        assertThat(section.rows.getChildren().count()).isEqualTo(review.publicNotices(fixtures.wenfeng()).size());
        assertThat(text).as("nothing but the masked names, the rule and the points")
                .doesNotContain(calmName, fixtures.name(disputed), "私人备注不公开", "他那天不在");
        List<String> everyoneOnNotice = jdbc.sql("""
                select r.name from point_grant g join resident r on r.id = g.resident_id
                where g.community_id = ? and g.status in ('NOTICE', 'OBJECTED')""")
                .param(fixtures.wenfeng()).query(String.class).list();
        assertThat(everyoneOnNotice).contains(calmName).filteredOn(name -> name.length() > 1)
                .allSatisfy(name -> assertThat(text).doesNotContain(name));
        assertThat(section.empty.isVisible()).isFalse();
        assertThat(plain.noticeUntil()).isNotNull();
    }

    @Test
    void aCommunityWithNothingOnNoticeSaysSo() {
        List<Long> quiet = jdbc.sql("""
                select c.id from community c where not exists (select 1 from point_grant g
                where g.community_id = c.id and g.status in ('NOTICE', 'OBJECTED')) order by c.id""")
                .query(Long.class).list();
        Assumptions.assumeFalse(quiet.isEmpty(), "every community has grants on notice");

        var section = show(quiet.getFirst());

        assertThat(section.empty.isVisible()).isTrue();
        assertThat(section.empty.getText()).isEqualTo("目前没有公示中的积分");
        assertThat(section.rows.getChildren().count()).isZero();
    }
}
