package org.cocreate.points;

/**
 * The limits of what staff enter for points, named once: the services refuse beyond them
 * ({@link org.cocreate.base.Checks}) and the fields stop typing at them. Texts never exceed their column.
 */
public final class PointsLimits {

    /** A scoring standard's title (column 200). */
    public static final int TITLE_MAX = 200;
    /** A rule's name (column 100). */
    public static final int RULE_NAME_MAX = 100;
    /** The points of one rule, per time or hour (a deduction's too: always entered positive). */
    public static final int RULE_POINTS_MAX = 10_000;
    /** Times or hours in one grant. */
    public static final int QUANTITY_MAX = 1_000;
    /** A note, a reason, a decision (columns 500). */
    public static final int TEXT_MAX = 500;
    /** Whom an objection is made for (column 100). */
    public static final int PERSON_MAX = 100;
    /** An idempotency key (column 80). */
    public static final int KEY_MAX = 80;

    private PointsLimits() {
    }
}
