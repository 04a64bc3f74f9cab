package org.cocreate.points;

/** The life of a scoring standard version: only a draft can be edited. */
public enum StandardStatus {
    DRAFT, ADOPTED, SUPERSEDED;

    public String translationKey() {
        return "points.standard.status." + name();
    }
}
