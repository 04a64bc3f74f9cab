package org.cocreate.points.ui;

import org.cocreate.points.CommunityPointsSettings;
import org.jspecify.annotations.Nullable;

/**
 * The points settings as their form edits them: expiry as a switch and its months, the numbers possibly
 * not yet typed. Public only because the binder reads records by reflection.
 */
public record SettingsDraft(@Nullable Integer approvalThreshold, @Nullable Integer noticeDays, boolean expires,
        @Nullable Integer expiryMonths) {

    static SettingsDraft of(CommunityPointsSettings settings) {
        return new SettingsDraft(Math.toIntExact(settings.approvalThreshold()), settings.noticeDays(),
                settings.expiryMonths() != null, settings.expiryMonths());
    }

    /** The settings for the service; the form has made sure that the numbers are there. */
    CommunityPointsSettings settings() {
        return new CommunityPointsSettings(approvalThreshold == null ? 0 : approvalThreshold,
                noticeDays == null ? 0 : noticeDays, expires ? expiryMonths : null);
    }
}
