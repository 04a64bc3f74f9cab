package org.cocreate.points;

import java.util.ArrayList;
import java.util.List;
import org.cocreate.base.Names;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points leaderboard (积分排行榜) of a community for a month or a year: residents ranked by the points
 * they earned in it (see {@link LeaderboardQueries} for what counts). Staff see names in full; the public
 * page, open without signing in, shows the top twenty with masked names and no ids.
 */
@Service
public class LeaderboardService {

    static final int MAX_LIMIT = 100;
    /** How many lines the public page shows. */
    public static final int PUBLIC_LIMIT = 20;

    private final LeaderboardQueries queries;
    private final CurrentUser currentUser;

    LeaderboardService(LeaderboardQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** At most {@code limit} (1 to 100) lines; equal points share a rank (1, 2, 2, 4). */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public List<LeaderboardLine> leaderboard(long communityId, LeaderboardPeriod period, int limit) {
        currentUser.requireAccess(communityId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new PointsRefusedException("limit", "points.leaderboard.limit.invalid", MAX_LIMIT);
        }
        List<LeaderboardQueries.Earned> earned = queries.earned(communityId, period, limit);
        int[] ranks = ranks(earned);
        List<LeaderboardLine> lines = new ArrayList<>(earned.size());
        for (int i = 0; i < earned.size(); i++) {
            var e = earned.get(i);
            lines.add(new LeaderboardLine(ranks[i], e.residentId(), e.name(), e.compoundName(), Points.of(e.points())));
        }
        return lines;
    }

    /** The top twenty for the public page, names masked; a community that does not exist is not found. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublicLeaderboardLine> publicLeaderboard(long communityId, LeaderboardPeriod period) {
        if (!queries.communityExists(communityId)) {
            throw new NotFoundException();
        }
        List<LeaderboardQueries.Earned> earned = queries.earned(communityId, period, PUBLIC_LIMIT);
        int[] ranks = ranks(earned);
        List<PublicLeaderboardLine> lines = new ArrayList<>(earned.size());
        for (int i = 0; i < earned.size(); i++) {
            var e = earned.get(i);
            lines.add(new PublicLeaderboardLine(ranks[i], Names.masked(e.name()), e.compoundName(),
                    Points.of(e.points())));
        }
        return lines;
    }

    /** The communities the public page lets a visitor choose from. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublicCommunity> publicCommunities() {
        return queries.communities();
    }

    /** Competition ranking of lines sorted by points, most first: a rank is one more than the lines above with more. */
    private static int[] ranks(List<LeaderboardQueries.Earned> earned) {
        int[] ranks = new int[earned.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = i > 0 && earned.get(i).points() == earned.get(i - 1).points() ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
