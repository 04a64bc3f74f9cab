package org.cocreate.points;

import org.jspecify.annotations.Nullable;

/**
 * How a community runs its points: grants above {@code approvalThreshold} points wait for an admin's
 * approval; approved grants are on public notice for {@code noticeDays} (0: none); points expire
 * {@code expiryMonths} after they were earned (null: never).
 */
public record CommunityPointsSettings(long approvalThreshold, int noticeDays, @Nullable Integer expiryMonths) {

    public static final int MAX_NOTICE_DAYS = 30;
    public static final int MAX_EXPIRY_MONTHS = 120;

    public static CommunityPointsSettings defaults() {
        return new CommunityPointsSettings(PointsSettings.DEFAULT_APPROVAL_THRESHOLD,
                PointsSettings.DEFAULT_NOTICE_DAYS, null);
    }
}
