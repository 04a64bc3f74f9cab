package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.ResidentService;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leaderboard ranks what residents earned in a period. Past grants are dated in the months January
 * to August of last year, one month per test: the demo's grants lie within the last 120 days, so these
 * months hold only what the test itself granted, and every line of them can be asserted.
 */
@ServiceTest
class LeaderboardServiceTest {

    private static final String WENFENG = "文峰塔社区";
    /** 20 points, no caps: quantity n gives 20n points. */
    private static final String FOUND_MONEY = "拾金不昧";
    /** 5 points, once a day. */
    private static final String CLEAN_UP = "参加卫生大扫除";
    /** A deduction of 5 points. */
    private static final String CLUTTER = "楼道堆放杂物";

    @Autowired
    LeaderboardService leaderboards;
    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    ResidentService residents;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    GrantReviewService review;

    @org.junit.jupiter.api.BeforeEach
    void grantsPostAtOnce() {
        data.grantsPostAtOnce(WENFENG);
    }

    private long community() {
        return data.communities.community(WENFENG);
    }

    /** A month of last year that holds no demo grant (see the class comment). */
    private LeaderboardPeriod lastYear(int month) {
        return LeaderboardPeriod.month(YearMonth.of(data.today().getYear() - 1, month));
    }

    /** A grant under the rule of the standard in effect on the day. */
    private PostedEntry grant(long resident, String ruleName, int quantity, LocalDate day) {
        ScoringStandard standard = data.standards.adoptedOnOrBefore(community(), day, PageRequest.of(0, 1)).getFirst();
        long rule = data.rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).stream()
                .filter(r -> r.getName().equals(ruleName)).findFirst().orElseThrow().id();
        GrantOutcome outcome = grantService.grant(new GrantCommand(resident, rule, quantity, day, "leaderboard test", null));
        if (outcome.status() == GrantStatus.PENDING_APPROVAL) {
            // Deductions always wait for an admin other than the worker who made them.
            return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.approve(outcome.grantId())).posted();
        }
        return outcome.posted();
    }

    private String name(long resident) {
        return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> residents.get(resident).name());
    }

    private String compound(long resident) {
        return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> residents.get(resident).household().compoundName());
    }

    private List<LeaderboardLine> mine(LeaderboardPeriod period, Long... residentIds) {
        Set<Long> ids = Set.of(residentIds);
        return leaderboards.leaderboard(community(), period, 100).stream().filter(l -> ids.contains(l.residentId()))
                .toList();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void residentsAreRankedByPointsEarnedAndEqualPointsShareARank() {
        LeaderboardPeriod january = lastYear(1);
        LocalDate day = january.from().plusDays(9);
        long a = data.newResident(WENFENG);
        long b = data.newResident(WENFENG);
        long c = data.newResident(WENFENG);
        long d = data.newResident(WENFENG);
        grant(d, FOUND_MONEY, 1, day);
        grant(d, CLEAN_UP, 1, day);
        grant(c, FOUND_MONEY, 2, day);
        grant(b, FOUND_MONEY, 1, day);
        grant(b, FOUND_MONEY, 1, january.to());
        grant(a, FOUND_MONEY, 3, january.from());
        // Outside January: counts for February and the year, not here.
        grant(a, FOUND_MONEY, 5, january.to().plusDays(1));

        List<LeaderboardLine> lines = leaderboards.leaderboard(community(), january, 10);

        assertThat(lines).extracting(LeaderboardLine::rank, LeaderboardLine::residentId, l -> l.points().value())
                .containsExactly(tuple(1, a, 60L), tuple(2, b, 40L), tuple(2, c, 40L), tuple(4, d, 25L));
        assertThat(lines.getFirst().name()).isEqualTo(name(a)).startsWith("积分测试");
        assertThat(lines.getFirst().compoundName()).isEqualTo(compound(a)).isNotBlank();
        assertThat(leaderboards.leaderboard(community(), january, 2)).extracting(LeaderboardLine::residentId)
                .containsExactly(a, b);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aReversedGrantCountsNotAtAllAndAReversedDeductionNoLongerLowersTheRank() {
        LeaderboardPeriod march = lastYear(3);
        LocalDate day = march.from().plusDays(4);
        long e = data.newResident(WENFENG);
        long f = data.newResident(WENFENG);
        grant(e, FOUND_MONEY, 2, day);
        PostedEntry mistake = grant(e, FOUND_MONEY, 3, day);
        grant(f, FOUND_MONEY, 2, day);
        grant(f, CLEAN_UP, 1, day);
        PostedEntry deduction = grant(f, CLUTTER, 1, day);
        assertThat(leaderboards.leaderboard(community(), march, 10))
                .extracting(LeaderboardLine::residentId, l -> l.points().value())
                .containsExactly(tuple(e, 100L), tuple(f, 40L));

        // Reversed today: the correction reaches back into March, and this month shows nothing of it.
        points.reverse(mistake.entryId(), "wrong person");
        points.reverse(deduction.entryId(), "objection upheld");

        assertThat(leaderboards.leaderboard(community(), march, 10))
                .extracting(LeaderboardLine::rank, LeaderboardLine::residentId, l -> l.points().value())
                .containsExactly(tuple(1, f, 45L), tuple(2, e, 40L));
        assertThat(mine(LeaderboardPeriod.containing(LeaderboardPeriod.Kind.MONTH, data.today()), e, f)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aRedemptionSpendsPointsButDoesNotLowerTheRank() {
        LeaderboardPeriod thisMonth = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.MONTH, data.today());
        LeaderboardPeriod thisYear = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.YEAR, data.today());
        // Far above the demo's residents, so that both are certainly among the first hundred.
        long spender = data.newResident(WENFENG);
        long saver = data.newResident(WENFENG);
        grant(spender, FOUND_MONEY, 60, data.today());
        grant(saver, FOUND_MONEY, 59, data.today());
        transaction.executeWithoutResult(status -> points.debit(spender, Points.of(1000), "exchange", null));
        assertThat(points.balance(spender)).isEqualTo(Points.of(200));

        for (LeaderboardPeriod period : List.of(thisMonth, thisYear)) {
            List<LeaderboardLine> lines = mine(period, spender, saver);
            assertThat(lines).as(period.kind().name()).extracting(LeaderboardLine::residentId, l -> l.points().value())
                    .containsExactly(tuple(spender, 1200L), tuple(saver, 1180L));
            assertThat(lines.get(0).rank()).isLessThan(lines.get(1).rank());
        }
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aMonthCountsOnlyItsOwnDaysAndTheYearAddsItsMonthsUp() {
        LeaderboardPeriod may = lastYear(5);
        LeaderboardPeriod june = lastYear(6);
        long g = data.newResident(WENFENG);
        long h = data.newResident(WENFENG);
        grant(g, FOUND_MONEY, 5, may.to());
        grant(g, FOUND_MONEY, 2, june.from());
        grant(h, FOUND_MONEY, 4, june.to());

        assertThat(leaderboards.leaderboard(community(), may, 10))
                .extracting(LeaderboardLine::residentId, l -> l.points().value()).containsExactly(tuple(g, 100L));
        assertThat(leaderboards.leaderboard(community(), june, 10))
                .extracting(LeaderboardLine::residentId, l -> l.points().value())
                .containsExactly(tuple(h, 80L), tuple(g, 40L));
        assertThat(mine(LeaderboardPeriod.year(Year.of(data.today().getYear() - 1)), g, h))
                .extracting(LeaderboardLine::residentId, l -> l.points().value())
                .containsExactly(tuple(g, 140L), tuple(h, 80L));
        assertThat(mine(LeaderboardPeriod.year(Year.from(data.today())), g, h)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void onlyAMonthWithMoreEarnedThanLostShowsAResident() {
        LeaderboardPeriod july = lastYear(7);
        long lost = data.newResident(WENFENG);
        grant(lost, CLEAN_UP, 1, july.from());
        grant(lost, CLUTTER, 1, july.from());
        assertThat(leaderboards.leaderboard(community(), july, 10)).isEmpty();
    }

    @Test
    void anotherCommunitysLeaderboardIsRefusedAndTheLimitIsBounded() {
        long wenfeng = community();
        LeaderboardPeriod month = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.MONTH, data.today());
        long resident = data.newResident(WENFENG);
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> grant(resident, FOUND_MONEY, 50, data.today()));
        for (String outsider : List.of(DemoUsers.LONGMEN_WORKER, DemoUsers.COMMITTEE)) {
            assertThatThrownBy(() -> data.runAs.get(outsider, () -> leaderboards.leaderboard(wenfeng, month, 10)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        for (String reader : List.of(DemoUsers.SUPERVISOR, DemoUsers.COUNTER, DemoUsers.SUBDISTRICT_ADMIN)) {
            assertThat(data.runAs.get(reader, () -> leaderboards.leaderboard(wenfeng, month, 100))).as(reader)
                    .extracting(LeaderboardLine::residentId).contains(resident);
        }
        for (int limit : new int[] {0, 101}) {
            assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_WORKER,
                    () -> leaderboards.leaderboard(wenfeng, month, limit))).isInstanceOf(PointsRefusedException.class)
                    .extracting("messageKey").isEqualTo("points.leaderboard.limit.invalid");
        }
        assertThatThrownBy(() -> anonymously(() -> leaderboards.leaderboard(wenfeng, month, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicLeaderboardShowsTheTopTwentyWithMaskedNamesToAnybody() {
        LeaderboardPeriod august = lastYear(8);
        long one = data.newResident(WENFENG);
        long two = data.newResident(WENFENG);
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> {
            grant(one, FOUND_MONEY, 1, august.from());
            grant(two, FOUND_MONEY, 2, august.from());
        });
        String first = name(two);

        List<PublicLeaderboardLine> lines = anonymously(() -> leaderboards.publicLeaderboard(community(), august));

        assertThat(lines).extracting(PublicLeaderboardLine::rank, PublicLeaderboardLine::maskedName,
                PublicLeaderboardLine::compoundName, l -> l.points().value())
                .containsExactly(tuple(1, "积" + "*".repeat(first.length() - 1), compound(two), 40L),
                        tuple(2, "积" + "*".repeat(name(one).length() - 1), compound(one), 20L));
        // The year of the demo's grants (the last 120 days) gives more than twenty residents points: the page
        // stops at twenty. Nobody signed in at all (no security context) may read it too.
        LeaderboardPeriod thisYear = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.YEAR,
                data.today().minusDays(60));
        List<PublicLeaderboardLine> year = RunAs.nobody(() -> leaderboards.publicLeaderboard(community(), thisYear));
        assertThat(year).hasSize(LeaderboardService.PUBLIC_LIMIT)
                .allSatisfy(l -> assertThat(l.maskedName()).matches(".\\*+"));
        assertThat(year).extracting(PublicLeaderboardLine::rank).isSorted();
    }

    @Test
    void thePublicPageFindsOnlyCommunitiesThatExist() {
        assertThat(anonymously(() -> leaderboards.publicCommunities())).extracting(PublicCommunity::name)
                .contains(WENFENG, "带谟阁社区", "龙门街社区");
        LeaderboardPeriod month = LeaderboardPeriod.containing(LeaderboardPeriod.Kind.MONTH, data.today());
        assertThatThrownBy(() -> anonymously(() -> leaderboards.publicLeaderboard(999_999_999L, month)))
                .isInstanceOf(NotFoundException.class);
    }

    private static <T> T anonymously(java.util.function.Supplier<T> call) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new AnonymousAuthenticationToken("anonymous",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
