package org.cocreate.points;

/** The categories of the scoring standards (环境卫生, 志愿服务 ...). */
public enum RuleCategory {
    ENVIRONMENT, VOLUNTEERING, CIVILITY, SAFETY, OUTREACH, PARTICIPATION;

    public String translationKey() {
        return "points.category." + name();
    }
}
