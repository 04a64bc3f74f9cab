package org.cocreate.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of points: grants whose public notice ended post (every few minutes, and soon after
 * a start, so that what ended while the server was down catches up), and points expire where a community
 * has chosen so (nightly). Both are safe to run twice or in two processes at once.
 */
@Component
class PointsJobs {

    private static final Logger log = LoggerFactory.getLogger(PointsJobs.class);
    private static final int BATCH = 200;

    private final GrantReviewService review;
    private final PointsService points;
    private final PointsSettingsRepository settings;
    private final Clock clock;

    PointsJobs(GrantReviewService review, PointsService points, PointsSettingsRepository settings, Clock clock) {
        this.review = review;
        this.points = points;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${cocreate.points.posting-initial-delay:PT20S}",
            fixedDelayString = "${cocreate.points.posting-interval:PT5M}")
    void postEndedNotices() {
        int posted = postNoticesEndedBy(LocalDateTime.now(clock));
        if (posted > 0) {
            log.info("Posted {} grants whose public notice ended", posted);
        }
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
        long expired = expireAsOf(LocalDate.now(clock));
        if (expired > 0) {
            log.info("Expired {} points", expired);
        }
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
