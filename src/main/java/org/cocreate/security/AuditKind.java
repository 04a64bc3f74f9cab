package org.cocreate.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of events the audit screen filters by, each with the action codes it covers. The codes are
 * written by the features (security, register, points, exchange) as plain strings; AuditTranslationsTest
 * finds every code in the sources and proves it is in exactly one kind, so a new action cannot slip
 * past the filter. LOGIN_LOCKED and LOGIN_REFUSED_LOCKED are no longer written, but older lines carry them.
 */
public enum AuditKind {
    SIGN_IN("LOGIN", "LOGIN_FAILED", "LOGIN_HELD", "LOGIN_REFUSED_HELD", "LOGIN_UNLOCKED", "LOGIN_LOCKED",
            "LOGIN_REFUSED_LOCKED"),
    USERS("USER_CREATED", "USER_UPDATED", "USER_PASSWORD_RESET", "PASSWORD_CHANGED"),
    REGISTER("COMMUNITY_CREATED", "COMPOUND_CREATED", "COMPOUND_UPDATED", "BUILDING_CREATED", "BUILDING_UPDATED",
            "HOUSEHOLD_CREATED", "RESIDENT_CREATED", "RESIDENT_UPDATED", "RESIDENTS_IMPORTED", "CARD_REISSUED",
            "ORGANISATION_CREATED", "ORGANISATION_UPDATED", "MEMBER_ADDED", "MEMBER_REMOVED",
            "MEMBER_POSITION_CHANGED"),
    POINTS("POINTS_GRANTED", "POINTS_DEDUCTED", "POINTS_DEBITED", "POINTS_REVERSED", "POINTS_EXPIRED",
            "POINTS_GRANT_SUBMITTED", "POINTS_GRANT_ON_NOTICE", "POINTS_GRANT_APPROVED", "POINTS_GRANT_REJECTED",
            "POINTS_GRANT_OBJECTED", "POINTS_OBJECTION_UPHELD", "POINTS_OBJECTION_DISMISSED", "POINTS_GRANT_FAILED",
            "POINTS_SETTINGS_CHANGED"),
    STANDARD("STANDARD_DRAFTED", "STANDARD_RULE_ADDED", "STANDARD_RULE_UPDATED", "STANDARD_ADOPTED",
            "STANDARD_SUPERSEDED"),
    EXCHANGE("EXCHANGE_ITEM_CREATED", "EXCHANGE_ITEM_UPDATED", "EXCHANGE_ITEM_PICTURE", "EXCHANGE_SESSION_OPENED",
            "EXCHANGE_SESSION_CLOSED", "EXCHANGE_REDEEMED", "EXCHANGE_VOIDED", "STOCK_RECEIPT", "STOCK_ADJUSTMENT",
            "STOCK_WRITE_OFF"),
    PROPOSALS("PROPOSAL_SUBMITTED", "PROPOSAL_SUPPORTER_ADDED", "PROPOSAL_PHOTO_ADDED", "PROPOSAL_STATUS_CHANGED",
            "PROPOSAL_ANSWER_PUBLISHED", "PROPOSAL_MERGED", "PROPOSAL_EXECUTION_SET", "PROPOSAL_EVALUATED",
            "PROPOSAL_PROGRESS"),
    MEETINGS("MEETING_RULE_SET", "MEETING_SCHEDULED", "MEETING_OPENED", "MEETING_CLOSED", "MEETING_INVITED",
            "MEETING_CHECKED_IN", "MEETING_CHECK_IN_UNDONE", "MEETING_BALLOT_ISSUED", "MEETING_BALLOT_REVOKED",
            "MEETING_BALLOT_REFUSED", "MEETING_ITEM_ADDED", "MEETING_NOTES", "MEETING_VOTE_OPENED", "MEETING_VOTE_CAST",
            "MEETING_ITEM_CLOSED", "MEETING_MINUTES_PUBLISHED"),
    VOLUNTEERS("VOLUNTEER_ACTIVITY_CREATED", "VOLUNTEER_SIGNED_UP", "VOLUNTEER_CANCELLED", "VOLUNTEER_CHECKED_IN",
            "VOLUNTEER_CHECKED_OUT", "VOLUNTEER_CHECK_IN_UNDONE", "VOLUNTEER_HOURS_CORRECTED",
            "VOLUNTEER_ACTIVITY_CLOSED", "VOLUNTEER_SERIES_CREATED", "VOLUNTEER_SERIES_CHANGED",
            "VOLUNTEER_VISIT_RECORDED", "VOLUNTEER_VISIT_FOLLOWED_UP", "VOLUNTEER_VISIT_INTERVAL_SET");

    private final Set<String> actions;

    AuditKind(String... actions) {
        this.actions = Set.of(actions);
    }

    public Set<String> actions() {
        return actions;
    }

    public static Optional<AuditKind> of(String action) {
        return Arrays.stream(values()).filter(kind -> kind.actions.contains(action)).findFirst();
    }

    public String translationKey() {
        return "audit.kind." + name();
    }
}
