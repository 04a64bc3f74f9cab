package org.cocreate.points;

/**
 * What a rule rewards when another feature asks for it: adopting a proposal rewards its proposer, an adopted
 * proposal its supporters, a consultation meeting those who attend it, a volunteer activity those who came, a home visit (双阳走访) the volunteers who went. The feature then offers the grant with
 * this rule chosen (the usual grant screen, so that approval and the public notice apply); a standard without
 * a rule for an occasion offers nothing for it. At most one rule of a version has each occasion.
 */
public enum RuleOccasion {
    PROPOSAL_ADOPTED, PROPOSAL_SUPPORTED, MEETING_ATTENDANCE, VOLUNTEER_ATTENDANCE, SERVICE_VISIT;

    public String translationKey() {
        return "points.occasion." + name();
    }
}
