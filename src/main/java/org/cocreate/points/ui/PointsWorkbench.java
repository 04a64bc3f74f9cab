package org.cocreate.points.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.MonthTotals;
import org.cocreate.points.PointsService;
import org.cocreate.points.ReviewCounts;
import org.cocreate.points.StandardStatus;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The points feature on the workbench: grants waiting for approval, objections to decide and notices that
 * end today; granting (a worker's), approving (an admin's) and the notices (a supervisor's) as tiles; the
 * month's points granted and redeemed; and the scoring standard on the set-up checklist.
 */
@Component
class PointsWorkbench implements WorkbenchContribution {

    private final GrantReviewService review;
    private final PointsService points;
    private final ScoringStandardService standards;
    private final Clock clock;

    PointsWorkbench(GrantReviewService review, PointsService points, ScoringStandardService standards, Clock clock) {
        this.review = review;
        this.points = points;
        this.standards = standards;
        this.clock = clock;
    }

    @Override
    public List<ToDo> toDos(long communityId) {
        // One query for the three counts, made only if one of them is shown.
        Supplier<ReviewCounts> counts = SingletonSupplier.of(() -> review.reviewCounts(communityId));
        return List.of(
                new ToDo(43, "workbench.todo.approvals", () -> counts.get().waitingForApproval(),
                        Target.of(ApprovalQueueView.class)),
                new ToDo(44, "workbench.todo.objections", () -> counts.get().objected(),
                        Target.of(NoticesView.class).withQuery(NoticesView.SHOW, NoticesView.Show.OBJECTED.parameter())),
                new ToDo(45, "workbench.todo.noticesEndingToday", () -> counts.get().noticesEndingToday(),
                        Target.of(NoticesView.class).withQuery(NoticesView.SHOW,
                                NoticesView.Show.ENDING_TODAY.parameter())));
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(
                new Shortcut(41, "nav.grant", "vaadin:plus-circle", Target.of(GrantView.class),
                        Set.of(Role.WORKER_NAME)),
                new Shortcut(43, "nav.approvals", "vaadin:check-circle", Target.of(ApprovalQueueView.class),
                        Set.of(Role.ADMIN_NAME)),
                new Shortcut(44, "nav.notices", "vaadin:megaphone", Target.of(NoticesView.class),
                        Set.of(Role.SUPERVISOR_NAME)),
                new Shortcut(40, "nav.standard", "vaadin:scale", Target.of(ScoringStandardView.class),
                        Set.of(Role.COMMITTEE_NAME)),
                new Shortcut(46, "nav.leaderboard", "vaadin:trophy", Target.of(LeaderboardView.class),
                        Set.of(Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME)));
    }

    @Override
    public List<KeyFigure> keyFigures(long communityId) {
        Supplier<MonthTotals> month = SingletonSupplier.of(() -> points.monthTotals(communityId, YearMonth.now(clock)));
        return List.of(
                new KeyFigure(41, "workbench.figure.grantedThisMonth", () -> Figure.points(month.get().granted()),
                        Target.of(LeaderboardView.class)),
                new KeyFigure(52, "workbench.figure.redeemedThisMonth", () -> Figure.points(month.get().redeemed()),
                        Target.of(LeaderboardView.class)));
    }

    @Override
    public List<SetupStep> setupSteps(long communityId) {
        return List.of(new SetupStep(40, "workbench.setup.standard",
                () -> standards.standards(communityId).stream().anyMatch(s -> s.status() != StandardStatus.DRAFT),
                Target.of(ScoringStandardView.class)));
    }
}
