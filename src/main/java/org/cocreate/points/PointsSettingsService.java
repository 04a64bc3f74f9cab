package org.cocreate.points;

import org.cocreate.base.AuditTrail;
import org.cocreate.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's points settings: approval threshold, public notice period, expiry. Admins change them. */
@Service
public class PointsSettingsService {

    private final PointsSettingsRepository settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    PointsSettingsService(PointsSettingsRepository settings, CurrentUser currentUser, AuditTrail audit) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public CommunityPointsSettings settings(long communityId) {
        currentUser.requireAccess(communityId);
        return of(communityId);
    }

    @Transactional
    @PreAuthorize(PointsRoles.ADMIN)
    public CommunityPointsSettings update(long communityId, CommunityPointsSettings changed) {
        currentUser.requireAccess(communityId);
        if (changed.approvalThreshold() < 0) {
            throw new PointsRefusedException("approvalThreshold", "points.settings.threshold.invalid");
        }
        if (changed.noticeDays() < 0 || changed.noticeDays() > CommunityPointsSettings.MAX_NOTICE_DAYS) {
            throw new PointsRefusedException("noticeDays", "points.settings.noticeDays.invalid",
                    CommunityPointsSettings.MAX_NOTICE_DAYS);
        }
        Integer expiry = changed.expiryMonths();
        if (expiry != null && (expiry < 1 || expiry > CommunityPointsSettings.MAX_EXPIRY_MONTHS)) {
            throw new PointsRefusedException("expiryMonths", "points.settings.expiry.invalid",
                    CommunityPointsSettings.MAX_EXPIRY_MONTHS);
        }
        PointsSettings row = settings.findById(communityId).orElseGet(() -> new PointsSettings(communityId));
        String before = row.toRecord().toString();
        row.update(changed);
        settings.save(row);
        audit.record("POINTS_SETTINGS_CHANGED", "points_settings", communityId, communityId, before,
                changed.toString());
        return row.toRecord();
    }

    /** For the points services, without a check: the caller has checked the community. */
    CommunityPointsSettings of(long communityId) {
        return settings.findById(communityId).map(PointsSettings::toRecord)
                .orElseGet(CommunityPointsSettings::defaults);
    }
}
