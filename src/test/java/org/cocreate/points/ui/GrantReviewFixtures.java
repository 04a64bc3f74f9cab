package org.cocreate.points.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.points.GrantService;
import org.cocreate.points.CommunityPointsSettings;
import org.cocreate.points.GrantCommand;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.Photo;
import org.cocreate.points.PointsSettingsService;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Grants for the review screens' tests, made through the services as the staff of 文峰塔社区 would make them,
 * each to a resident of its own (so that no daily cap of another test gets in the way).
 */
@Component
class GrantReviewFixtures {

    static final String WENFENG = "文峰塔社区";
    static final String VOLUNTEERING = "志愿服务";
    static final String CLEAN_UP = "参加卫生大扫除";
    static final String CLUTTER = "楼道堆放杂物";
    /** What the demo and the other tests expect: threshold 20, three days of notice, no expiry. */
    static final CommunityPointsSettings DEMO_SETTINGS = new CommunityPointsSettings(20, 3, null);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final RunAs runAs;
    private final GrantService grantService;
    private final PointsSettingsService settings;
    private final ScoringStandardService standards;
    private final ResidentService residents;
    private final JdbcClient jdbc;
    private final CommunityTestData communities;
    private final Clock clock;

    GrantReviewFixtures(UserDetailsService userDetails, GrantService grantService, PointsSettingsService settings,
            ScoringStandardService standards, ResidentService residents, JdbcClient jdbc, CommunityTestData communities, Clock clock) {
        this.runAs = new RunAs(userDetails);
        this.grantService = grantService;
        this.settings = settings;
        this.standards = standards;
        this.residents = residents;
        this.jdbc = jdbc;
        this.communities = communities;
        this.clock = clock;
    }

    long wenfeng() {
        return communities.community(WENFENG);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void settings(CommunityPointsSettings changed) {
        runAs.run(DemoUsers.WENFENG_ADMIN, () -> settings.update(wenfeng(), changed));
    }

    /** A new resident of 文峰塔社区 with a name of their own: "审核测试张三7" style. */
    long newResident() {
        long community = wenfeng();
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            var draft = ResidentDraft.of("审核测试" + SEQUENCE.incrementAndGet() + "号",
                    residents.list(community, null, "", 0, 1).getFirst().household().id());
            return residents.register(community, draft);
        });
    }

    /** Where the resident lives, as the register writes it (compound, building, unit, room). */
    String address(long resident) {
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> residents.get(resident).household().address());
    }

    String name(long resident) {
        return jdbc.sql("select name from resident where id = ?").param(resident).query(String.class).single();
    }

    long rule(String name) {
        long community = wenfeng();
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> {
            long standard = standards.inEffect(community, today()).orElseThrow().id();
            return standards.rules(standard).stream().filter(r -> r.content().name().equals(name))
                    .findFirst().orElseThrow().id();
        });
    }

    GrantOutcome grant(String user, long resident, String rule, int quantity, @Nullable String note) {
        return grant(user, resident, rule, quantity, note, null);
    }

    GrantOutcome grant(String user, long resident, String rule, int quantity, @Nullable String note,
            @Nullable Photo photo) {
        long ruleId = rule(rule);
        return runAs.get(user, () -> grantService.grant(new GrantCommand(resident, ruleId, quantity, today(), note, null,
                photo)));
    }

    String status(long grantId) {
        return jdbc.sql("select status from point_grant where id = ?").param(grantId).query(String.class).single();
    }
}
