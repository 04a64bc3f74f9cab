package org.cocreate.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocreate.base.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of points: grants whose public notice ended post (every few minutes, and soon after
 * a start, so that what ended while the server was down catches up), and points expire where a community
 * has chosen so (nightly). Each runs once per sub-district, not once per node: a node whose timer fires
 * while another node runs the job skips its turn ({@link ClusterLock}). Both still find nothing to do when
 * run again, and each grant and account is locked while it is written.
 */
@Component
class PointsJobs {

    private static final Logger log = LoggerFactory.getLogger(PointsJobs.class);
    private static final int BATCH = 200;
    /** The jobs' names, which key their lock on every node: keep them from one release to the next. */
    static final String POSTING = "points-posting";
    static final String EXPIRY = "points-expiry";

    private final GrantReviewService review;
    private final PointsService points;
    private final PointsSettingsRepository settings;
    private final ClusterLock lock;
    private final Clock clock;

    PointsJobs(GrantReviewService review, PointsService points, PointsSettingsRepository settings, ClusterLock lock,
            Clock clock) {
        this.review = review;
        this.points = points;
        this.settings = settings;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${cocreate.points.posting-initial-delay:PT20S}",
            fixedDelayString = "${cocreate.points.posting-interval:PT5M}")
    void postEndedNotices() {
        postEndedNotices(LocalDateTime.now(clock)).filter(posted -> posted > 0)
                .ifPresent(posted -> log.info("Posted {} grants whose public notice ended", posted));
    }

    /** The posting job's turn on this node: how many grants posted, or empty when another node is at it. */
    Optional<Integer> postEndedNotices(LocalDateTime now) {
        return lock.runAlone(POSTING, () -> postNoticesEndedBy(now));
    }

    /** Posts every grant whose notice ended by {@code now}; returns how many posted. */
    int postNoticesEndedBy(LocalDateTime now) {
        int posted = 0;
        Set<Long> tried = new HashSet<>();
        while (true) {
            List<Long> due = review.noticeEndedBy(now, BATCH + tried.size()).stream()
                    .filter(id -> !tried.contains(id)).toList();
            if (due.isEmpty()) {
                return posted;
            }
            for (long grantId : due) {
                tried.add(grantId);
                try {
                    if (review.postIfDue(grantId, now)) {
                        posted++;
                    }
                } catch (RuntimeException e) {
                    // One grant that cannot post must not hold up the others; it is tried again next run.
                    log.error("Grant {} could not post", grantId, e);
                }
            }
        }
    }

    @Scheduled(cron = "${cocreate.points.expiry-cron:0 30 2 * * *}")
    void expirePoints() {
        expirePoints(LocalDate.now(clock)).filter(expired -> expired > 0)
                .ifPresent(expired -> log.info("Expired {} points", expired));
    }

    /** The expiry job's turn on this node: the points expired, or empty when another node is at it. */
    Optional<Long> expirePoints(LocalDate today) {
        return lock.runAlone(EXPIRY, () -> expireAsOf(today));
    }

    /** Writes the expiry entries due on {@code today} in every community that has expiry switched on. */
    long expireAsOf(LocalDate today) {
        long expired = 0;
        for (PointsSettings community : settings.findByExpiryMonthsNotNull()) {
            Integer months = community.toRecord().expiryMonths();
            if (months != null) {
                expired += points.expire(community.getCommunityId(), today.minusMonths(months), today);
            }
        }
        return expired;
    }
}
